"""Sample utterances for the core intents. People in pain don't say the tidy version.

Slot names used here: {bodyPart} (BODY_PART), {symptom} (SYMPTOM), {topic} (TOPIC),
{duration} (AMAZON.DURATION). The slot types are built from the content itself.
"""

from .grammar import full
from .schema import IntentSpec, Slot, Wide
from .slots import BODY_PART, DURATION, PERSON, RELIEF_INTENT, SYMPTOM, TRIGGER

TOPIC = Slot("topic", "TOPIC")
QUESTION_WORDS = Slot("question", "AMAZON.SearchQuery")  # the rest of a question, as said

STILL_CRAMPING_INTENT = "StillCrampingIntent"  # the answer to "how is it now?"
CRAMP_GONE_INTENT = "CrampGoneIntent"
QUESTION_INTENT = "QuestionIntent"
# A question no answer's samples place: its words go to our own topic matcher
# (skill/language/topics.py). Any sample with more words of its own wins over it.
QUESTION_WORDS_INTENT = "QuestionWordsIntent"
# "Play some music", "order a pizza": what a person asks an assistant, and not us. The words
# still go through the red-flag detector first (skill/language/words.py).
OUT_OF_SCOPE_INTENT = "OutOfScopeIntent"
REQUEST_WORDS = Slot("request", "AMAZON.SearchQuery")
DURATION_INTENT = "CrampDurationIntent"

CORE_INTENTS: tuple[IntentSpec, ...] = (
    IntentSpec(
        RELIEF_INTENT,
        slots=(BODY_PART, SYMPTOM, TRIGGER, PERSON),
        samples=full(
            # Each pattern twice: its content words in full, then with cries and tails
            # around it, covered (budgets keep the model inside Alexa's size limit).
            # Fragments: a body part, a cry, a word.
            Wide("[<ouch>] [<ouch>] [<my>] {bodyPart} [<tail>]", 175),
            Wide("[<my>] {bodyPart} <cramp>", 280),
            Wide("[<ouch>] [<my>] {bodyPart} <cramp> [<when>] [<tail>]", 175),
            Wide("[<ouch>] [(a|another|the)] [<bad>] <cramp> [<when>] [<tail>]", 140),
            "<cramp> <cramp> [<cramp>] [<my>] {bodyPart}",
            "help [me] [with] <my> {bodyPart} [<tail>]",
            "help [me] [with] [a|my] {bodyPart} <cramp> [<tail>]",
            # "my calf is cramping", "my toes are curling", "my hip's seized up", "neck locked up".
            Wide("[<my>] {bodyPart} <cramping>", 420),
            Wide("[<ouch>] [<my>] {bodyPart} <cramping> [<when>] [<tail>]", 420),
            Wide("[<my>] {bodyPart} <cramping> <when>", 420),
            Wide("[<my>] {bodyPart} <cramping> <what_do>", 140),
            Wide("[<ouch>] [(both|all)] <my> {bodyPart} <cramping> [<when>] [<tail>]", 105),
            Wide("[<ouch>] [<my>] {bodyPart} <cramping> [and] [it] <hurts> [<tail>]", 105),
            "[<ouch>] [<my>] {bodyPart} (keeps|keep) (cramping|cramping up|seizing up|locking up|spasming|going into spasm) [<when>]",
            "[<ouch>] i think <my> {bodyPart} <cramping> [<tail>]",
            "[<ouch>] [<my>] {bodyPart} (is|are|feels|feel) (so|really|super|very) (tight|stiff|sore|hard|knotted) [<tail>]",
            "[<ouch>] [(i|i've)] (just|) (cramped|cramped up|got cramp|got a cramp|got cramps) in <my> {bodyPart} [<when>]",
            "[(my|a)] nerve (got pulled|is pulled|got caught|is caught|is pulling|got twisted) in <my> {bodyPart}",
            # What they were doing: "my quads are cramping after the match", "stitch while jogging".
            Wide("[<ouch>] [<my>] {bodyPart} <cramping> <doing_at> {trigger} [<tail>]", 175),
            Wide("[<ouch>] [<my>] {bodyPart} <cramp> <doing_at> {trigger} [<tail>]", 105),
            Wide("[<ouch>] <have> [<a>] [<bad>] <cramp> in [<my>] {bodyPart} <doing_at> {trigger} [<tail>]", 105),
            Wide("[<ouch>] <have> [<a>] [<bad>] {bodyPart} [<cramp>] <doing_at> {trigger} [<tail>]", 105),
            "[<ouch>] <cramping_alone> in <my> {bodyPart} <doing_at> {trigger}",
            # "cramp in my calf", "I have a calf cramp", "having a bad cramp in my foot".
            Wide("<cramp> in [<my>] {bodyPart}", 140),
            Wide("[<ouch>] <cramp> in [<my>] {bodyPart} [<when>] [<tail>]", 140),
            Wide("<have> [<a>] <cramp> in [<my>] {bodyPart}", 420),
            Wide("[<ouch>] <have> [<a>] [<bad>] <cramp> in [<my>] {bodyPart} [<when>] [<tail>]", 175),
            Wide("<have> [<a>] {bodyPart} [<cramp>]", 420),
            Wide("[<ouch>] <have> [<a>] [<bad>] {bodyPart} [<cramp>] [<when>] [<tail>]", 175),
            "[<ouch>] <have> (cramp|cramps|cramping|spasms) in (my|both) {bodyPart} [<when>]",
            "[<ouch>] i'm (getting|having) [<a>] <cramp> in <my> {bodyPart} [<when>]",
            "[<ouch>] (there's|i feel) [<a>] <cramp> in <my> {bodyPart}",
            "[<ouch>] <cramping_alone> in <my> {bodyPart} [<when>]",
            "[<ouch>] i've (pulled|strained|tweaked) <my> {bodyPart} [and it's cramping]",
            # Someone else's cramp: "my son's got a cramp in his foot".
            Wide("[<ouch>] <person> (has|has got|got|is having|has a|has got a|got a) [<bad>] <cramp> in (his|her|their|the) {bodyPart} [<when>] [<what_do_they>]", 140),
            Wide("[<ouch>] <person> [(has|got|has got)] [a] [<bad>] {bodyPart} <cramp> [<when>] [<what_do_they>]", 105),
            Wide("[<ouch>] (his|her|their) {bodyPart} <cramping> [<when>] [<what_do_they>]", 105),
            # Waking up with one.
            "[<ouch>] [i] (woke|just woke|woke up|just woke up) with [<a>] [<bad>] {bodyPart} <cramp>",
            "[<ouch>] [i] (woke|just woke|woke up|just woke up) with [<a>] [<bad>] <cramp> in <my> {bodyPart}",
            "[<ouch>] [<a>] [<bad>] {bodyPart} <cramp> (woke|just woke) me [up]",
            "[<ouch>] <my> {bodyPart} (woke|just woke) me [up]",
            "[<ouch>] [i] (woke|woke up|just woke up) [and] <my> {bodyPart} <cramping>",
            # What to do: "how do I stop a calf cramp", "what do I do for cramp in my foot".
            Wide("<how_do> <stop> [<a>] [<bad>] {bodyPart} <cramp> [<tail>]", 210),
            Wide("<how_do> <stop> [<a>] <cramp> in [<my>] {bodyPart} [<tail>]", 210),
            "<how_do> (stretch out|relax|unlock|loosen|massage|release) <my> {bodyPart} [<tail>]",
            "<what_do> (for|about|with) [<a>] [<bad>] {bodyPart} <cramp>",
            "<what_do> (for|about|with) [<a>] <cramp> in <my> {bodyPart}",
            "(stop|fix|help|ease|relieve|sort out|get rid of) <my> {bodyPart} <cramp> [<tail>]",
            "(stop|fix|help|ease|relieve|sort out|get rid of) (the|this|my) <cramp> in <my> {bodyPart}",
            "(make|get) (my|the) {bodyPart} [<cramp>] (stop|to stop|relax|to relax|let go|to let go)",
            "(what's|what is) (good|best|the best thing|the fix) for [<a>] {bodyPart} <cramp>",
            # Long, rambling forms.
            "[<ouch>] (so|okay so|right so|um so) <my> {bodyPart} <cramping> and i don't know what to do",
            "i was <doing> and <my> {bodyPart} <cramping>",
            "i was <doing> and (i got|i've got|i had|i get) [<a>] [<bad>] <cramp> in <my> {bodyPart}",
            "(i|i've) (got up|stood up|sat down|rolled over|stretched|pointed my toes|bent down|got up to pee|got up to use the bathroom|got up to use the washroom|got up for a wee) and <my> {bodyPart} <cramping>",
            "(sorry|sorry to bother you) [but] <my> {bodyPart} <cramping>",
            # No body part: a cramp now.
            Wide("<have> [<a>] [<bad>] <cramp>", 280),
            Wide("[<ouch>] <have> [<a>] [<bad>] <cramp> [<when>] [<tail>]", 175),
            "[<ouch>] (i'm|i am) (cramping|cramping up|cramping again|getting a cramp|getting cramp|having a cramp|in pain|seizing up|spasming) [<when>] [<tail>]",
            Wide("(it's|it is|it just|it has|it|it's just|it's all) <cramping_alone>", 210),
            Wide("[<ouch>] (it's|it is|it just|it has|it) <cramping_alone> [<when>] [<tail>]", 140),
            "[<ouch>] (it|this) (hurts|really hurts|hurts so much|hurts so bad|is killing me)",
            "[<ouch>] (the|this) <cramp> (is back|came back|is killing me|is so bad|hurts|is coming|is starting)",
            "[<ouch>] (make it stop|make this stop|make the cramp stop|get rid of it|stop the cramp|stop this cramp)",
            "<what_do> [(for|about|with) (a|the|this|my) <cramp>]",
            "(what to do|what do i do) <cramp> is (coming|starting|here|back)",
            "<how_do> <stop> (a|the|this|my) <cramp> [<tail>]",
            "(cramp|cramps|muscle cramp|spasm) (help|advice|relief|first aid)",
            "(help|relief|advice|first aid) (for|with) (a|my|this) <cramp>",
            # Not a red flag: "my leg's cramping but I can breathe fine".
            "[<my>] {bodyPart} <cramping> but (i'm fine otherwise|nothing else|that's all|it's just a cramp|it's only a cramp)",
            "(it's|it is) just [a] (cramp|normal cramp|regular cramp|muscle cramp|ordinary cramp) [in <my> {bodyPart}] [<tail>]",
            "(just|only) [a] <cramp> [in <my> {bodyPart}] [<tail>]",
        ),
    ),
    IntentSpec(
        QUESTION_INTENT,
        slots=(TOPIC,),
        samples=full(
            "[(and|so|okay|um)] (what about|how about|more about|info on"
            "|information about|explain|i want to know about|i'd like to know about"
            "|a question about|question about|what is|what are|what's) {topic}",
            "(does|do|will|would) {topic} (work|help|stop cramps|help cramps|help with cramps"
            "|prevent cramps)",
            "(can|could) {topic} (cause cramps|cause spasms|help|stop cramps|make cramps worse)",
            "(is|are) {topic} (good|bad|helpful|useful) for (cramps|spasms|cramping)",
            "what (does|do|has|have) {topic} (have to do|got to do) with (cramps|spasms)",
        ),
    ),
    IntentSpec(
        STILL_CRAMPING_INTENT,
        samples=full(
            Wide("[(no|nope|nah|not really|yes|yeah)] [(it's|it is|it|the cramp's|the cramp is)] still (cramping|there|hurting|hurts|tight|painful|bad|locked|going|seized|paining|in spasm|the same|knotted|knotted up|crook|sore|cramped|locked up|seized up|going on|there only|happening|really tight|really bad|killing me|agony)", 500, 500),
            Wide("[<ouch>] [(no|nope|nah|not really)] (it's|it is|the cramp is|my leg is|it) still <still_cramping> [<tail>]", 150),
            "[(no|nope|nah|not really)] (not gone|not gone yet|hasn't gone|it hasn't gone|it hasn't stopped|it's not gone|it's not better|no better|not better|same|the same|just the same|same as before|no change|not much better|not really better)",
            Wide("[(no|nope|nah)] (it|the cramp) (hasn't|didn't|doesn't) (go|go away|ease|ease off|let go|stop|relax|help|loosen) [yet]", 80, 600),
            "[(no|nope|nah)] (that|it) (didn't|hasn't|doesn't) (help|work|do anything) [yet]",
            "[(it|the cramp)] (eased|loosened|got better) (a little|a bit|slightly|somewhat) but (it's|it is) still (there|tight|cramping|hurting|sore)",
            "[(no|nope|nah|still)] (hasn't|has not|still hasn't|not) (let go|gone|eased|stopped|relaxed|released|gone away|eased off) [yet]",
        ),
    ),
    IntentSpec(
        CRAMP_GONE_INTENT,
        samples=full(
            "(it's|it is|it has|the cramp's|the cramp is|the cramp has|it) [finally] (gone|gone now|all gone|stopped|eased|eased off|eased up|better|better now|a lot better|much better|loosened|loosened up|relaxed|released|let go|settled|settled down|passed|over|fine now|okay now|ok now)",
            Wide("[(oh|phew|yeah|yes|thank god|thank goodness|ah|okay|right|great|sweet|brilliant|lovely|oh thank god)] (it's|it is|it has|the cramp's|the cramp is|the cramp has|it) [finally] (gone|gone now|stopped|eased off|better|better now|much better|relaxed|let go|passed) [(thanks|thank you|now|mate|phew)]", 300),
            "[(oh|phew|yeah|yes|great|sweet|brilliant|nice)] (that|it) (did it|did the trick|worked|helped|fixed it|sorted it)",
            "(oh|phew|yeah|yes|thank god|oh thank god|thank goodness|okay|ok) it [finally] (stopped|relaxed|let go|went|passed|eased|released|eased off|went away|has gone|is gone)",
            "[(oh|phew|yeah|yes)] (all good|all good now|i'm fine now|i'm okay now|much better|feeling better|that's better|no more cramp|cramp's gone|cramp is gone|cramp got released|it got released|i'm good now)",
        ),
    ),
    IntentSpec(
        QUESTION_WORDS_INTENT,
        slots=(QUESTION_WORDS,),
        samples=full(
            "(why|what|what's|how|how's|can|could|does|do|is|are|should|when|where|which|will"
            "|would|has|have|isn't|aren't|doesn't|don't|any|anything|whats|who|who's|whose"
            "|where's|when's|when'd|why's|if|how come|at what point|at which point|at what stage|difference between"
            "|the difference between|explain|define|meaning of|for how long|for how much time"
            "|how much time) {question}",
        ),
    ),
    IntentSpec(
        OUT_OF_SCOPE_INTENT,
        slots=(REQUEST_WORDS,),
        samples=(
            "(play|order|buy|set|turn|switch|book|recommend|write|send|text|dim|lock|unlock"
            "|remind|navigate|translate|spell|shop|stream|read|show|find|search|sing|wake|schedule"
            "|email|message|google|look up|reorder|cancel my|check my|give me a|make me a) {request}",
            # Asking for something to be done with us: a stretch or a routine, usually.
            "(let's|lets|let us|begin|start|run|run through|go through|guide me through"
            "|walk me through|lead me through|take me through|talk me through|coach me through"
            "|show me|teach me|i want to do|i'd like to do|can we do|time for) {request}",
        ),
    ),
    IntentSpec(
        DURATION_INTENT,
        slots=(DURATION,),
        samples=full(
            # How long this cramp has gone on, now (the diary asks about past ones).
            Wide("[<ouch>] [(it's|it has|the cramp's|the cramp has|my cramp has|this has|it's been|i've been)] (been going|been going on|been cramping|been like this|gone on|been|been hurting|been stuck|been locked|had it|been cramping for) [(for|about|for about|for around|around|nearly|almost|over|more than)] {duration} [(now|so far|already|and counting|and it won't stop|mate|eh)]", 300),
            "(going on|coming up to|nearly|almost|over|more than) {duration} (now|so far|already)",
            "coming up to {duration}",
            # Never "{duration} now" alone: a model matched by its words (virtual-alexa) would
            # take anything that ends in "now" ("nah not right now") as a duration.
            "(for|about|over|nearly|almost|around) {duration} (so far|and counting)",
            "(about|around|nearly|almost|over|like|maybe|roughly|for|a good) {duration} (now|already)",
            "(since|for the last|for the past) {duration} [(it is cramping|it's cramping|now)]",
            "(i've had it|i've been cramping|i've had this cramp|it's been cramping|cramping) for {duration} [(now|so far)]",
            "(it is there|it's there|it has been there|it's been there|it is going on|it's going on|it is paining|it's paining) (since|for|from) {duration} [(now|only)]",
            "(from|since) {duration} (it is going on|it's going on|it is there|it's there|it is cramping|it's cramping|it is paining)",
            "it (started|began|came on|kicked in) [(maybe|about|like|around|roughly)] {duration} ago",
        ),
    ),

)

# Built-in intents the skill handles, with extra samples where people say more.
BUILT_IN_INTENTS: tuple[IntentSpec, ...] = (
    IntentSpec("AMAZON.HelpIntent", samples=full(
        "(what can you do|what can i say|what do i say|how does this work|how do i use this|what are my options|what else can you do|what do you do)",
        "(i need help|help please|i don't know what to say|what should i say|i'm confused|i don't understand|what all can you do|what all can i say)",
    )),
    IntentSpec("AMAZON.StopIntent", samples=full(
        Wide("[(okay|ok|alright|right|fine|no|thanks|cheers|great)] (stop|stop now|stop it|stop please|please stop|that's enough|enough|i'm done|i'm finished|that's all|that's it|we're done|all done|goodbye|bye|bye bye|good night|goodnight|night night|quit|exit|end|finish|shut up|be quiet|leave me alone|go away|i'm going back to sleep|going back to sleep|that'll do|that will do|i'll be fine|i'm off to bed|back to sleep) [(thanks|thank you|now|please|cramp coach|mate|eh|for now|bye)]", 300, 2500),
        # "That's enough, stop", "I'm done, goodbye": a close, then a goodbye.
        "(that's enough|that is enough|enough|i'm done|i am done|i'm finished|i am finished"
        "|all done|we're done|that's it|that's all|no more|done)"
        " (stop|goodbye|bye|good night|thanks|thank you|cheers|for now|for tonight|mate|eh)",
    )),
    IntentSpec("AMAZON.CancelIntent", samples=full("[(nah|no|oh)] (forget it|cancel that|never mind that|scrap that|nevermind|forget about it|cancel it)",)),
    IntentSpec("AMAZON.FallbackIntent"),
    IntentSpec("AMAZON.NavigateHomeIntent"),
    IntentSpec("AMAZON.YesIntent", samples=full(
        "(yeah|yep|yup|okay|ok|alright|all right|go ahead|please do|sure|sure thing|go on|yes go on|yeah go on|sure go on|okay then|ok then|alright then|yes please do|yes do it|do it|let's do it|let's go|let's do that|sounds good|sounds great|absolutely|definitely|why not|go for it|i'm ready|ready|yes i'm ready|yes let's|yes let's do it|please|yes that would help|that would be great|that'd be good|go|aye|yes mate|yes sir|yes yes|course|of course|go on then|okay fine|fine|yeah sure|yeah okay|yes go ahead|ok go|yes please go on|right then|righto|yeah why not|sure why not|yep let's go|ok sure)",
        # A yes and what it agrees to: "yeah walk me through it", "yes I'm sure", "yes, start".
        Wide("(yes|yeah|yep|yup|sure|okay|ok|alright|all right|please|absolutely|definitely"
             "|of course|aye|righto|fine|ready|yes please) (mate|please|go on|go ahead|do it"
             "|start|start it|let's start|let's go|let's do it|let's do that|walk me through it"
             "|guide me through it|take me through it|talk me through it|show me|i'm sure"
             "|i am sure|i'm ready|that would help|then|sir|yes|sure)",
             200, 700),
    )),
    IntentSpec("AMAZON.NoIntent", samples=full(
        "(nope|nah|no thank you|no thanks mate|not now|not right now|not tonight|maybe later|later|no i'm okay|no i'm good|no thanks i'm good|no need|don't bother|skip it|no not now|no that's fine|not really|no ta|no cheers|no it's fine|not at the moment)",
        "(no|nah|nope) (i'm fine|i'm ok|i'm okay|i'm alright|i'm all right|thanks|thank you"
        "|that's all|that's it|all good|i'm good|not now|not really|not yet|not today|mate)",
    )),
    IntentSpec("AMAZON.NextIntent", samples=full(
        "(next step|what's next|done|next one|the next step|move on|next please|okay next|i did it|i've done that|finished that|go to the next step|skip this step|skip that)",
        # "Okay, done that, next step": what was done, then on.
        "[(okay|ok|right|alright)] [(done|done that|did that|i did that|finished|i've done that"
        "|that's done|all done)] (next|next step|next one|what's next|the next step|move on"
        "|next please|on to the next one|the next one)",
    )),
    IntentSpec("AMAZON.PreviousIntent", samples=full(
        "(previous step|last step|back|go back a step|the step before|one step back|the one before|back one step|back a step|step back|go back one)",
    )),
    IntentSpec("AMAZON.RepeatIntent", samples=full(
        "(what|come again|pardon|say it again|sorry what|what did you say|repeat that please|say that again please|one more time|can you repeat that|i didn't catch that|i missed that|sorry i missed that|huh|eh what|say again|repeat please|sorry come again|sorry say that again|sorry what was that|what was that|once more)",
        "(please|can you|could you|would you|sorry|sorry can you|sorry could you) (repeat"
        "|repeat that|repeat it|say that again|say it again|say again|repeat please|repeat once"
        " more|go over that again)",
    )),
    IntentSpec("AMAZON.StartOverIntent", samples=full(
        "(from the top|from the beginning|begin again|go back to the start|start from the beginning|do it again from the start|again from the top)",
    )),
    IntentSpec("AMAZON.PauseIntent", samples=full("(pause it|pause please|pause the routine|pause for a sec|pause the stretch)",)),
    IntentSpec("AMAZON.ResumeIntent", samples=full("(carry on|keep going please|continue please|resume please|unpause|carry on please)",)),
)

# Alexa's own phrases for the built-ins (Alexa knows these; only the offline matcher needs them).
BUILT_IN_PHRASES: dict[str, tuple[str, ...]] = {
    "AMAZON.HelpIntent": ("help", "help me"),
    "AMAZON.StopIntent": ("stop", "off", "shut up"),
    "AMAZON.CancelIntent": ("cancel", "never mind"),
    "AMAZON.NavigateHomeIntent": ("home", "go home"),
    "AMAZON.YesIntent": ("yes", "yes please", "sure"),
    "AMAZON.NoIntent": ("no", "no thanks"),
    "AMAZON.NextIntent": ("next", "skip", "skip forward"),
    "AMAZON.PreviousIntent": ("go back", "previous", "skip back", "back up"),
    "AMAZON.RepeatIntent": ("repeat", "say that again", "repeat that"),
    "AMAZON.StartOverIntent": ("start over", "restart", "start again"),
    "AMAZON.PauseIntent": ("pause", "pause that"),
    "AMAZON.ResumeIntent": ("resume", "continue", "keep going"),
    "AMAZON.LoopOnIntent": ("loop", "loop on"),
    "AMAZON.LoopOffIntent": ("loop off",),
    "AMAZON.ShuffleOnIntent": ("shuffle", "shuffle on"),
    "AMAZON.ShuffleOffIntent": ("shuffle off", "stop shuffling"),
}
