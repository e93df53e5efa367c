"""Audio-guided routines: clip rendering, the manifest, serving and playback helpers."""
