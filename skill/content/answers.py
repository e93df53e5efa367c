"""Answers to the questions people ask, written for the ear from the seeds' facts.

Rules every answer keeps (tests/test_content.py checks them):
- ``speech`` is 40 spoken words or fewer, in short sentences, second person.
- Supplements and medicines: only the seeds' general figures, and "check with your doctor first".
- Conditions: never a diagnosis. "That can have several causes; a doctor can check."
  Questions about oneself ("why do I keep cramping") get several possible causes, never
  one disease as if it were the answer.
- ``{doctor}``, ``{a_doctor}``, ``{physio}``, ``{a_physio}``, ``{pee}`` where the locales say
  it differently (``locales.LOCALE_WORDS``); speech, follow-up and card fill them in. Never
  one at the start of a sentence: it would not be capitalised. No ``{emergency_number}``.
- ``questions`` and ``topics`` are templates (``skill/language/grammar.py``; shared rules
  ``<q_lead>``, ``<q_cramps>``... in ``content/grammar.py``). Each expanded sample belongs
  to one intent only: ``cramp-coach build-model`` names both templates when not.
"""

from .schema import Answer, IntentSpec, Slot, Wide

# Spelled out letter by letter: Alexa can read "MS" as "Miss".
_ALS = "<say-as interpret-as='characters'>ALS</say-as>"
_MS = "<say-as interpret-as='characters'>MS</say-as>"
_EMG = "<say-as interpret-as='characters'>EMG</say-as>"

# Said whenever a condition comes up: we never diagnose.
SEVERAL_CAUSES = "That can have several causes; {a_doctor} can check."
# Said with every supplement or medicine.
CHECK_FIRST = "Check with your {doctor} first."

ANSWERS: tuple[Answer, ...] = (
    # --- What a cramp is -------------------------------------------------------------------
    Answer(
        id="what_is_a_cramp",
        intent="WhatIsACrampIntent",
        title="What a cramp is",
        speech=(
            "A spasm is a muscle that tightens on its own and won't let go. "
            "A painful one in your leg is often called a charley horse. "
            "Splinting is different: your muscles tense on purpose to guard an injury."
        ),
        follow_up="Want to hear what sets cramps off?",
        yes_action="answer:causes",
        questions=(
            "(can you |)explain what (a |)(muscle |)(cramp|spasm) is",
            "what (actually |really |)is (a |)(muscle |)cramp then",
            "[(so|so like)] what's (actually |)going on when (a muscle cramps|a muscle cramps up|you cramp)",
            "(what is|what's) the meaning of (a |)(muscle |)(cramp|spasm|cramps|spasms)",
            "[(so|okay so)] what is a (muscle |)(spasm|cramp) (exactly|actually)",
            "[(so|okay so)] what (actually|even|really) is a (muscle |)(cramp|spasm)",
            "what (actually |)happens (in|to) (a|your) muscle when (you get|I get) (a cramp|cramp)",
            "what is meant by [(a|the)] (muscle spasm|muscle cramp|cramp|spasm|a charley horse)",
            "[<q_lead>] (what is|what's|what exactly is|define) (a cramp|a muscle cramp"
            "|a muscle spasm|a spasm|a charley horse|a charlie horse|cramp|a leg cramp)",
            "[<q_lead>] what (are|exactly are) (cramps|muscle cramps|leg cramps)",
            "[so] what (is|are) muscle spasms (exactly|anyway|really)",
            "why (is it|do they call it|do people call it) a (charley|charlie) horse",
            "(is|are) (a spasm|spasms) the same (as|thing as) (a cramp|cramps)",
            "(is|are) (a cramp|cramps) the same (as|thing as) (a spasm|spasms)",
            "what's the difference between (a cramp and a spasm|a spasm and a cramp"
            "|cramps and spasms|a spasm and splinting|splinting and a spasm"
            "|muscle splinting and a spasm)",
            "(how is|is) (splinting|muscle splinting) different from (a spasm|spasms|a cramp)",
            "what (is|does) (splinting|muscle splinting) (mean|is)",
            "(what|which) (exactly|really) happens in a (cramp|spasm|charley horse)",
            "what (actually|exactly) is a (cramp|spasm) (anyway|though)",
        ),
        topics=(
            "spasms", "muscle spasms", "charley horses", "charlie horses", "splinting",
            "muscle splinting", "cramp versus spasm",
        ),
    ),
    Answer(
        id="night_cramps",
        intent="NightCrampsIntent",
        title="Why cramps come at night",
        speech=(
            "Night cramps likely come from two things at once: fluid lost through the day, "
            "and tired muscles. Before bed, sip some electrolyte water. "
            "Then stretch your calves on the stairs."
        ),
        follow_up="Want me to guide you through a calf stretch?",
        yes_action="stretch:calf",
        questions=(
            "why (cramps are|cramp is) coming (only |)(in the night|at night|in night time|in the night time)",
            "why do I get leg cramps only at night",
            "why do I (only|always|just) get (leg cramps|cramps|calf cramps|charley horses)"
            " at night",
            "[<q_lead>] why do I (get|keep getting) (cramps|leg cramps|calf cramps|foot cramps"
            "|charley horses|cramp) (at night|in bed|in the night|in my sleep|while I sleep"
            "|in the middle of the night|at nighttime)",
            "why do my (legs|calves|feet|toes|calf|leg|foot) (cramp|cramp up|seize up|spasm)"
            " (at night|in bed|when I sleep|in the night|in my sleep|while sleeping)",
            "why (does|did) my (leg|calf|foot) (cramp|cramp up|seize up) (at night|in bed"
            "|when I sleep|when I was asleep|last night|in the night|in my sleep)",
            "what (causes|brings on|triggers) (night cramps|leg cramps at night"
            "|cramps at night|nighttime cramps|night time leg cramps|nocturnal cramps"
            "|cramps in bed)",
            "why do I (wake up|keep waking up) with (a cramp|cramps|a calf cramp|leg cramps"
            "|a charley horse|cramp)",
            "why (do|does) (cramps|a cramp|leg cramps|my calf) wake me up [at night]",
            "why (did|do) I (cramp|get a cramp|get cramp) (last night|in my sleep|at night)",
            "(are|why are) (night cramps|cramps at night|leg cramps at night) (so common"
            "|normal|worse)",
            "why are my cramps (worse|always) at night",
            "I keep (waking up|getting woken up) with (cramps|leg cramps|cramp) why",
            "how do I stop (night cramps|cramps at night|leg cramps at night"
            "|cramps waking me up)",
            "(is|are) (the|a) calf stretch on the stairs good (for night cramps|before bed)",
            "how do I (do|do a) calf stretch on the stairs",
        ),
        topics=(
            "night cramps", "cramps at night", "night time cramps", "nighttime cramps",
            "nocturnal cramps", "leg cramps at night", "night leg cramps", "the stair stretch",
            "calf stretch on the stairs",
        ),
    ),
    Answer(
        id="how_long",
        intent="HowLongCrampsLastIntent",
        title="How long a cramp lasts",
        speech=(
            "Most cramps last from a few seconds to a few minutes. "
            "Keep stretching gently while it passes. "
            "If one goes past ten minutes, see {a_doctor}. " + SEVERAL_CAUSES
        ),
        follow_up="Want to know when else a cramp needs {a_doctor}?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "for how (much time|long) does a (spasm|cramp) (stay|last)",
            "(cramp|a cramp|the cramp|spasm|a spasm) will (last|stay) (for |)how (much time|long)"
            " [(usually|normally|generally)]",
            "[<q_lead>] how long (do|can|will) (cramps|spasms|muscle cramps|muscle spasms"
            "|charley horses) (last|go on|keep going|go on for)",
            "[<q_lead>] how long (does|can|will|should) (a cramp|a spasm|a charley horse"
            "|this cramp|my cramp|cramp) (last|go on|keep going|go on for)",
            "how long is too long for a (cramp|spasm|charley horse)",
            "when (will|does|is) (this|the|my|a) (cramp|spasm) (going to stop|stop|go away"
            "|gonna stop|ease off|end)",
            "will (it|this) (stop|ease off|go away) soon",
            "how long (till|until|before) (it|the cramp|this|the spasm) (stops|goes away"
            "|eases|is over)",
            "is it normal for a (cramp|spasm) to last (this long|so long|more than a minute"
            "|a few minutes)",
            "(what's|what is) the (usual|normal|average) (length|duration) of a (cramp|spasm)",
            "how many (minutes|seconds) (does|should) a (cramp|spasm) last",
        ),
        topics=("how long cramps last", "cramp length", "cramp duration", "duration"),
    ),
    # --- Causes: the overview, then the seven common culprits, one answer each ------------
    Answer(
        id="causes",
        intent="CrampCausesIntent",
        title="What causes cramps",
        speech=(
            "Seven common culprits: low electrolytes, not enough fluid, overworked muscles, "
            "poor blood flow, a pinched nerve, some medicines, and ongoing stress. "
            "Yours may be more than one at once."
        ),
        follow_up="Want to start with electrolytes?",
        yes_action="answer:electrolyte_imbalance",
        questions=(
            "(what's|what is) behind (most |)(muscle |)(cramps|spasms)",
            "what brings (cramp|cramps|a cramp) on [then]",
            "why do (muscles|we|people) (cramp|cramp up|spasm|get cramps) [in the first place]",
            "what (brings|sets) (a |)(cramp|cramps|spasms) (on|off) [in the first place]",
            "what makes (a muscle|muscles|you|your muscles) [(just|suddenly|randomly|just randomly)] (cramp|spasm|cramp up|seize up) [(like that|in the first place)]",
            "what (causes|triggers|brings on|sets off) (a muscle spasm|a spasm|muscle spasm)",
            "[<q_lead>] what (causes|triggers|brings on|sets off) (cramps|muscle cramps"
            "|muscle spasms|spasms|a cramp|a muscle cramp|cramp|charley horses|muscle cramping)",
            "what (causes|caused) (muscle spasms and how do I stop them|this cramp|my cramp"
            "|that cramp)",
            "what are the (causes|main causes|common causes|reasons|main reasons|usual causes)"
            " (of|for) (cramps|muscle cramps|muscle spasms|spasms|cramping)",
            "what are the (seven|big seven|common) (culprits|causes|reasons)",
            "why do (muscles|my muscles|people) (cramp|spasm|get cramps|cramp up|seize up)",
            "why do (cramps|spasms|muscle cramps) (happen|occur|start)",
            "why (does|do) (cramp|a cramp|muscle cramp|a muscle cramp|a spasm|cramping) (happen"
            "|occur|start)",
            "why did I (get|just get|have) (a cramp|that cramp|this cramp|cramp|a spasm)",
            "what makes (a muscle|muscles|my muscles) (cramp|spasm|seize up|cramp up)",
            "where do (cramps|spasms|muscle cramps) come from",
            "why (would|does) (a muscle|my muscle) (cramp|spasm|go into spasm) [for no reason]",
            "what (is|are) the (reason|reasons|cause) (behind|for) (cramps|muscle cramps"
            "|muscle spasms|my cramp)",
        ),
        topics=(
            "causes", "causes of cramps", "cramp causes", "the seven culprits", "culprits",
            "common causes", "reasons for cramps", "the big seven",
        ),
    ),
    Answer(
        id="electrolyte_imbalance",
        intent="ElectrolyteImbalanceIntent",
        title="Electrolytes and cramps",
        speech=(
            "Your nerves need minerals like potassium and magnesium to signal your muscles. "
            "Run low, often after heavy sweating, and those signals misfire. "
            "Sip an electrolyte drink after a sweaty workout."
        ),
        follow_up="Want to know how much magnesium you need?",
        yes_action="answer:magnesium",
        questions=(
            "[<q_lead>] (do|can|could) (electrolytes|low electrolytes|an electrolyte imbalance"
            "|electrolyte imbalances|low minerals|a mineral imbalance) (cause|give you"
            "|bring on|lead to) <q_cramps>",
            "how do (electrolytes|minerals) (affect|cause|relate to) (cramps|spasms"
            "|muscle cramps)",
            "(are|is) my (electrolytes|mineral levels|minerals) (causing|behind)"
            " (my cramps|my spasms|the cramps)",
            "what is an electrolyte imbalance",
            "what's an electrolyte imbalance",
            "why do (electrolytes|minerals) matter for (cramps|muscles|spasms)",
            "do I need (electrolytes|more electrolytes) (for|because of) (cramps|my cramps)",
            "why do I (cramp|get cramps|get cramp|cramp up) (after sweating|when I sweat"
            "|after a sweaty workout|after sports|after playing sport|in the heat"
            "|after a hot day)",
            "(does|can) (sweating|heavy sweating|sweating a lot) (cause|give you|lead to)"
            " (cramps|spasms|muscle cramps)",
            "(what|which) electrolytes (matter|help) (for|with) cramps",
        ),
        topics=(
            "electrolyte problem",
            "electrolytes", "electrolyte imbalance", "low electrolytes", "minerals",
            "sweating", "heavy sweating", "mineral imbalance",
        ),
    ),
    Answer(
        id="dehydration",
        intent="DehydrationIntent",
        title="Dehydration and cramps",
        speech=(
            "When you're low on fluid, your blood volume drops, and your muscles go short. "
            "Even a little dehydration can set off a cramp. "
            "Sip water through the day, not all at once."
        ),
        follow_up="Want tips on how much to drink?",
        yes_action="answer:hydration",
        questions=(
            "[<q_lead>] (does|can|could) (dehydration|being dehydrated|not drinking enough"
            "|not drinking enough water|being thirsty|mild dehydration) (cause|give you"
            "|bring on|lead to) <q_cramps>",
            "(how|why) does dehydration (cause|lead to|give you) (cramps|spasms|muscle cramps)",
            "(is|could) (dehydration|being dehydrated) (causing|behind|the cause of)"
            " (my cramps|my cramp|this cramp|my spasms)",
            "is my (cramp|cramping|spasm) (from|because of|down to) (dehydration"
            "|not drinking enough|being dehydrated)",
            "are (cramps|muscle cramps|spasms) a sign of dehydration",
            "are (cramps|muscle cramps|spasms) a sign (that I'm|I'm) dehydrated",
            "do I (cramp|get cramps|get cramp) because I'm (dehydrated|not drinking enough)",
            "am I (dehydrated|just dehydrated)",
            "could I be dehydrated",
        ),
        topics=(
            "not drinking sufficient water",
            "didn't drink anything",
            "drink less water",
            "not drinking enough water","dehydration", "not drinking enough", "fluid loss", "being dehydrated", "water intake",
                "less water", "not enough water"),
    ),
    Answer(
        id="muscle_overuse",
        intent="MuscleOveruseIntent",
        title="Overused muscles and cramps",
        speech=(
            "Hard work leaves tiny tears in a muscle, and the inflammation can set off spasms. "
            "Think of a sore back after moving furniture. "
            "Build up slowly, and ease in and out of exercise."
        ),
        follow_up="Want more tips to keep cramps away?",
        yes_action="answer:prevention",
        questions=(
            "can you get (cramp|cramps|spasms) from overdoing it [(at the gym|at sport|at five a side)]",
            "why do my (hands|fingers|wrists|forearms) cramp when I (write|type|play|draw|text)",
            "[<q_lead>] (does|can) (overuse|muscle overuse|overexertion|overdoing it"
            "|overworking a muscle|too much exercise|muscle fatigue) (cause|give you|lead to"
            "|bring on) <q_cramps>",
            "do (tired|overworked|sore) muscles (cramp|spasm|cramp up)",
            "why do (I|my muscles) (cramp|get cramps|get cramp|spasm|cramp up) (after|during)"
            " (exercise|a workout|working out|the gym|training|a run|a game|a long hike)",
            "why do I (get cramps|cramp) when I (run|work out|exercise|train|lift weights)",
            "why did my (back|shoulder|neck) (spasm|go into spasm|seize up) (after lifting"
            "|after moving furniture|after the gym|after gardening)",
            "why do I (cramp|get spasms) after (moving furniture|lifting|heavy lifting"
            "|gardening)",
            "do I (cramp|get cramps) because I (overdid it|pushed too hard|overdo it)",
            "did I (overdo it|push too hard|overwork my muscles)",
        ),
        topics=(
            "shovelling snow",
            "shovelling",
            "overused muscles",
            "too much work",
            "overusing",
            "overusing a muscle",
            "muscle overuse", "overuse", "overexertion", "muscle fatigue", "tired muscles",
            "exercise cramps", "overdoing it",
        ),
    ),
    Answer(
        id="poor_circulation",
        intent="PoorCirculationIntent",
        title="Circulation and cramps",
        speech=(
            "When blood flow is poor, your muscles get less oxygen, and they can cramp. "
            "It often hits calves and feet, like on a long flight or in tight shoes. "
            "Get up and walk five minutes every hour."
        ),
        follow_up="Want a calf stretch to get the blood moving?",
        yes_action="stretch:calf",
        questions=(
            "[<q_lead>] (does|can|could) (poor circulation|bad circulation|poor blood flow"
            "|bad blood flow|low blood flow) (cause|give you|lead to|bring on) <q_cramps>",
            "(is|could) my (cramp|cramping|foot cramp|calf cramp) (from|be from|down to)"
            " (poor circulation|bad circulation|blood flow)",
            "how does (circulation|blood flow) (affect|cause|relate to) (cramps|spasms)",
            "why do my (feet|foot|calves|legs|toes) (cramp|cramp up|spasm|seize up) (on flights"
            "|on a flight|on long flights|on a plane|on planes|on long drives|in the car"
            "|when I sit|when I sit too long|in tight shoes)",
            "why do I (cramp|get cramps|get foot cramps) (on long flights|on a plane|on flights"
            "|when flying|on long car rides|in tight shoes)",
            "(can|do) (tight shoes|tight clothes|tight socks|the wrong shoes|high heels"
            "|tight jeans) (cause|give you) (cramps|foot cramps|spasms)",
            "how do I (stop|avoid|prevent) cramps on (a flight|long flights|a plane)",
        ),
        topics=(
            "airplanes",
            "planes",
            "flights",
            "train journey",
            "bus journey",
            "long journeys",
            "long drives",
            "poor circulation", "circulation", "blood flow", "bad circulation",
                "long flights", "tight shoes"),
    ),
    Answer(
        id="nerve_compression",
        intent="NerveCompressionIntent",
        title="Pinched nerves and spasms",
        speech=(
            "A pinched nerve, from a bulging disc or slumped posture, sends false signals "
            "to muscles. Think sciatica and back spasms. Nerve spasms can be severe, and need "
            "a nerve assessment. " + SEVERAL_CAUSES
        ),
        follow_up="Want to hear which specialist can help?",
        yes_action="answer:specialists",
        questions=(
            "[<q_lead>] (can|does|could) (a pinched nerve|pinched nerves|a trapped nerve"
            "|nerve compression|a compressed nerve) (cause|give you|lead to) <q_cramps>",
            "how do (pinched|trapped|compressed) nerves cause (spasms|cramps)",
            "(does|can) sciatica (cause|give you) (spasms|back spasms|leg spasms|cramps"
            "|leg cramps)",
            "(can|does) (a herniated disc|a slipped disc|a bulging disc|a disc problem)"
            " (cause|give you) (cramps|spasms|back spasms|leg spasms)",
            "do nerve problems (cause|give you) (cramps|spasms)",
            "(is|could) my (cramp|spasm|back spasm) (from|be from|coming from) (a nerve"
            "|a pinched nerve|my back)",
            "can (bad|poor) posture pinch a nerve",
            "(do|how do) (nerve related|nerve) spasms (need|get) (assessed|checked|a test)",
            "who (checks|assesses) (nerve related spasms|nerve spasms|a pinched nerve)",
        ),
        topics=(
            "nerve compression", "pinched nerve", "pinched nerves", "compressed nerve",
            "sciatica", "herniated disc", "slipped disc", "trapped nerve",
            "nerve related spasms", "neurological assessment",
        ),
    ),
    Answer(
        id="medication_side_effects",
        intent="MedicationSideEffectsIntent",
        title="Medicines as a cause of cramps",
        speech=(
            "Some medicines drain your minerals. Water pills for blood pressure flush out "
            "potassium and magnesium, and cramps can follow. Check with your {doctor} first: "
            "ask about a changed dose or another option. Never stop a medicine on your own."
        ),
        follow_up="Want to hear which other medicines are linked to cramps?",
        yes_action="answer:medications",
        questions=(
            "[<q_lead>] (can|could) my (medicine|medication|meds|pills|tablets|prescription)"
            " (cause|be causing|give me|be giving me) (cramps|spasms|muscle cramps|cramp)",
            "(are my (cramps|spasms)|could my (cramps|spasms) be) a side effect"
            " [of my (medicine|medication|meds|pills|tablets)]",
            "are (cramps|muscle cramps|spasms) a side effect of (medication|medicine"
            "|my medication|my meds|my tablets)",
            "is my (medication|medicine|new medicine|new medication) (causing|behind)"
            " (my cramps|these cramps|my spasms|cramps)",
            "do (medicine|medication|drug) side effects (cause|include) cramps",
            "why did (cramps|my cramps|the cramps) start after (my new pills|my new medicine"
            "|my new tablets|changing my medication|a new prescription)",
            "can (blood pressure|high blood pressure) (pills|medicine|medication|tablets|meds)"
            " (cause|give you) (cramps|leg cramps|spasms)",
            "should I stop (my|taking my) (medicine|medication|pills|tablets) (because of"
            "|if I get) (cramps|spasms)",
            "can I (change|lower|reduce) my (dose|medicine|medication) (because of|for)"
            " (cramps|my cramps)",
            "(is there|could I get) (an alternative|another option|a different medicine)"
            " (to my medication|that doesn't cause cramps)",
            "should I (check with|speak to|speak with|see) my <q_doctor> about (my dose|a different medicine|an alternative"
            "|changing my medication)",
        ),
        topics=(
            "water tablets",
            "medication side effects", "side effects", "medicine side effects",
            "drug side effects", "adjusted doses", "dose changes", "medicine alternatives",
        ),
    ),
    Answer(
        id="chronic_stress",
        intent="ChronicStressIntent",
        title="Stress and tight muscles",
        speech=(
            "Ongoing stress keeps adrenaline up, and that holds your muscles half tense. "
            "Neck and shoulder spasms around deadlines are a common example. "
            "A few slow breaths and a neck stretch can help."
        ),
        follow_up="Want to try a calming breath now?",
        yes_action="answer:stress_anxiety",
        questions=(
            "[<q_lead>] (does|can|could) (stress|being stressed|chronic stress|work stress"
            "|ongoing stress|adrenaline|pressure at work) (cause|give you|lead to|bring on)"
            " (cramps|spasms|muscle spasms|muscle cramps|tight muscles|neck spasms)",
            "how does stress (cause|lead to) (cramps|spasms|tight muscles)",
            "is (stress|my stress|work) making my (muscles|neck|shoulders|back) (tight|tense"
            "|spasm)",
            "why does stress make my (neck|shoulders|back|muscles) (tight|tense|spasm|seize up)",
            "why do I get (neck|shoulder|back) spasms (at work|when I'm stressed|when stressed"
            "|around deadlines|before deadlines)",
            "why do my (shoulders|neck) (spasm|tense up|seize up) when I'm (stressed|busy"
            "|under pressure)",
            "(do|can) deadlines (cause|give you) (cramps|spasms|neck spasms)",
        ),
        topics=(
            "when i'm stressed",
            "stressed",
            "tension",
            "office tension",
            "chronic stress", "stress", "adrenaline", "work stress", "deadlines"),
    ),
    # --- The sneaky triggers, posture, medicines, stress ---------------------------------
    Answer(
        id="sneaky_triggers",
        intent="SneakyTriggersIntent",
        title="Triggers people miss",
        speech=(
            "Three triggers are easy to miss. Low vitamin D may double your risk, "
            "so eat fatty fish or get some sun. Slumping in your chair can pinch nerves "
            "in your lower back. And cold makes muscles tighten."
        ),
        follow_up="Want a lower back stretch for long days at a desk?",
        yes_action="stretch:lower_back_rotation",
        questions=(
            "[<q_lead>] what are the (sneaky|hidden|less obvious|surprising) (triggers"
            "|causes) [of (cramps|spasms)]",
            "what (triggers|causes) (cramps|spasms) that (people|most people) miss",
            "what (cramp|spasm) triggers do (people|most people) miss",
            "(does|can) (cold weather|the cold|cold|cold temperatures|winter|being cold)"
            " (cause|give you|bring on) (cramps|spasms|muscle spasms|cramp)",
            "why do I (cramp|get cramps|get spasms|get cramp) (in winter|when it's cold"
            "|in the cold|in cold weather|when I'm cold)",
            "why do my muscles (tighten|tense up|seize up) (in the cold|in winter"
            "|when it's cold)",
        ),
        topics=(
            "triggers people don't think of",
            "unusual triggers",
            "hidden reasons",
            "surprising triggers",
            "sneaky triggers", "hidden triggers", "cold weather", "winter", "the cold",
            "cold temperatures", "freezing weather", "cold days",
        ),
    ),
    Answer(
        id="posture",
        intent="PostureIntent",
        title="Posture checks",
        speech=(
            "Slumping in your chair can pinch nerves in your lower back. "
            "Set a phone alarm to check and reset how you sit. "
            "And take a five minute walk every hour; it helps blood flow more than "
            "a standing desk."
        ),
        follow_up="Want a lower back stretch for long days at a desk?",
        yes_action="stretch:lower_back_rotation",
        questions=(
            "how should i sit to (avoid|prevent|stop) (spasms|cramps)",
            "[<q_lead>] (does|can|could) (bad posture|poor posture|posture|slouching"
            "|slumping|sitting all day|sitting at a desk|my office chair) (cause|give you"
            "|lead to) (cramps|spasms|back spasms|back cramps)",
            "how (do|can|should) I (fix|improve|correct|reset|check) my (posture"
            "|sitting posture|sitting position)",
            "how often should I (get up|stand up|move|walk) (from my desk|at work"
            "|when I sit all day)",
            "(is a standing desk|are standing desks) (good|better) for (cramps|spasms"
            "|my back)",
            "(should I|do I need to) (set|use) (a phone alarm|reminders|an alarm) (for my"
            " posture|to sit up straight|to move)",
            "why does my (back|lower back) (spasm|cramp|ache) when I sit (all day|at my desk"
            "|too long)",
            "(is|could it be) my (posture|desk|office chair) (causing|behind) my (spasms"
            "|cramps|back spasms)",
            "what is office chair syndrome",
        ),
        topics=(
            "chiro",
            "chiropractor",
            "how to sit", "how i sit", "sit",
            "posture", "sitting posture", "slouching", "posture checks", "phone alarms",
            "posture alarms", "office chair syndrome", "standing desks", "walking breaks",
        ),
    ),
    Answer(
        id="medications",
        intent="MedicationsIntent",
        title="Medicines linked to cramps",
        speech=(
            "Three kinds are linked to cramps. Water pills, or diuretics, can lower potassium "
            "and magnesium. Statins for cholesterol are linked to cramps and weakness. "
            "Some asthma drugs, called bronchodilators, list cramps too. " + CHECK_FIRST
        ),
        follow_up="Want to know when cramps need {a_doctor}?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "(which|what) (meds|drugs|medicines|medications|tablets|pills) (are known for|are known to|can|list|are having|have) (causing |cause |give you |)(cramps|cramping|cramp|spasms) [as a side effect]",
            "are there (certain|any|particular) (meds|drugs|medicines|tablets|pills) that (give you|cause) (cramp|cramps|spasms)",
            "[<q_lead>] (which|what) (medications|medicines|drugs|pills|tablets|meds)"
            " (cause|can cause|are linked to|give you) (cramps|spasms|muscle cramps)",
            "(do|can) (statins|diuretics|water pills|cholesterol pills|cholesterol tablets"
            "|asthma inhalers|inhalers|bronchodilators|asthma drugs) (cause|give you)"
            " (cramps|muscle cramps|spasms|muscle pain|leg cramps)",
            "(are|could it be) (statins|my statins|my water pills) (causing|behind) my (cramps"
            "|spasms|muscle pain)",
            "I'm on (statins|water pills|diuretics) (and|why) (I|do I) (cramp|get cramps)",
        ),
        topics=(
            "puffer",
            "medications", "medication", "medicines", "medicine", "drugs", "diuretics",
            "water pills", "statins", "bronchodilators", "asthma inhalers", "inhalers",
            "cholesterol pills",
        ),
    ),
    Answer(
        id="stress_anxiety",
        intent="StressAnxietyIntent",
        title="Box breathing for stress",
        speech=(
            "Try box breathing. Breathe in for 4 seconds, hold for 4, then breathe out for 6. "
            "Repeat a few times. Stress hormones keep muscles partly tight, "
            "so calming down can ease spasms."
        ),
        follow_up="Want a neck stretch to go with it?",
        yes_action="stretch:neck",
        questions=(
            "[(so|okay|um)] (box breathing|that breathing thing|the breathing thing|the breathing) [(for stress)] how does (it|that) go [again]",
            "can anxiety really cause spasms",
            "[<q_lead>] (can|does|could) (anxiety|being anxious|nerves|worry|panic|stress"
            " and anxiety) [really|actually] (cause|give you|bring on) (spasms|cramps"
            "|muscle spasms|twitching|muscle cramps)",
            "how (do|can) I (calm down|relax my muscles|calm my muscles|relax|calm my nerves)",
            "(how do I do|teach me|show me|what is|explain) box breathing",
            "(give me|I need|do you have|can we do) a (breathing exercise|calming exercise"
            "|relaxation exercise)",
            "(a|any) breathing exercise (for stress|for anxiety|to calm down)",
            "how does (breathing|slow breathing|deep breathing) help (cramps|spasms)",
            "(help me|I want to) (breathe|calm down|relax)",
            "I'm (so|really|feeling) (anxious|stressed|tense) (and|my) (muscles are tight"
            "|I keep cramping|I'm twitching)",
        ),
        topics=(
            "anxiety", "stress and anxiety", "box breathing", "breathing exercise",
            "breathing exercises", "relaxation", "being anxious", "calming down",
        ),
    ),
    # --- What to eat, drink and take ---------------------------------------------------------
    Answer(
        id="pickle_juice",
        intent="PickleJuiceIntent",
        title="Pickle juice",
        speech=(
            "The science is mixed. The vinegar may spark a nerve reflex that relaxes the muscle, "
            "or the salt may be what helps. It's very salty, so check with your {doctor} first "
            "if you watch your salt."
        ),
        follow_up="Want to hear about salt and cramps?",
        yes_action="answer:salt",
        questions=(
            "do pickle juice shots actually stop cramps",
            "pickle juice (for cramps|for a cramp|for leg cramps|for muscle cramps)",
            "[<q_lead>] (does|do|can|will|would) (pickle juice|pickle juice shots"
            "|a shot of pickle juice|pickles|pickle brine|drinking pickle juice) [really"
            "|actually] (work|help|stop cramps|help cramps|stop a cramp|help with cramps"
            "|help my cramp|stop spasms)",
            "why (does|do) (pickle juice|pickles|pickle brine) (help|work|stop cramps)",
            "(should|can) I (drink|have|take) (pickle juice|a shot of pickle juice|some pickle"
            " juice|pickles)",
            "how much pickle juice (should I drink|do I need|for a cramp)",
            "is pickle juice (a cure|good|the answer) for (cramps|a cramp|spasms)",
            "(what about|is it) the vinegar or the salt in pickle juice",
        ),
        topics=("pickle juice", "pickles", "pickle juice shots", "pickle brine", "vinegar"),
    ),
    Answer(
        id="salt",
        intent="SaltIntent",
        title="Salt and cramps",
        speech=(
            "Salt, or sodium, helps your nerves fire and keeps your fluids balanced. "
            "Too little can bring on cramps after heavy sweating. "
            "A pinch in your water can help. Check with your {doctor} first if your "
            "blood pressure is high."
        ),
        follow_up="Want to know how much to drink?",
        yes_action="answer:hydration",
        questions=(
            "does a lack of salt cause cramps",
            "[<q_lead>] (does|can|could) (a lack of salt|low salt|not enough salt|low sodium"
            "|a lack of sodium|too little salt|a sodium deficiency) (cause|give you|lead to)"
            " <q_cramps>",
            "(does|can|will) (salt|sodium|salty food|salty snacks|sea salt|eating salt)"
            " (help|stop|ease) (cramps|my cramps|a cramp|spasms)",
            "how does (salt|sodium) help (cramps|muscles|with cramps)",
            "(should|do) I (eat|need|have|take) more (salt|sodium)",
            "(should|can) I (put|add) (salt|a pinch of salt|sea salt) (in|to) my water",
            "salt (for cramps|and cramps|tablets for cramps)",
            "why (does|do) (salt|sodium) matter for (cramps|muscles|nerves)",
        ),
        topics=("salt", "sodium", "sea salt", "salty food", "lack of salt", "sodium chloride"),
    ),
    Answer(
        id="magnesium",
        intent="MagnesiumIntent",
        title="Magnesium",
        speech=(
            "Magnesium helps your muscles relax. A general figure is 300 to 400 milligrams a day. "
            "Eat pumpkin seeds, almonds, leafy greens, whole grains, or a little dark chocolate. "
            "Thinking of a supplement? " + CHECK_FIRST
        ),
        follow_up="Want to hear about potassium too?",
        yes_action="answer:potassium",
        questions=(
            "what is one of the important natural muscle relaxers",
            "what's the daily amount of magnesium",
            "[<q_lead>] (what's|what is) the (daily amount|recommended amount|daily dose"
            "|right amount|daily intake|recommended daily amount) of magnesium",
            "how much magnesium (do I need|should I take|should I have|a day|per day|daily"
            "|is enough|do I need a day|for cramps)",
            "(should|can|do) I (take|need|have) (magnesium|more magnesium|a magnesium"
            " supplement|magnesium tablets|magnesium pills)",
            "(does|can|will|would) magnesium (help|stop|ease|prevent|fix) (cramps|my cramps"
            "|spasms|leg cramps|night cramps)",
            "(does|can) (low magnesium|a lack of magnesium|magnesium deficiency) (cause|give"
            " you) (cramps|spasms|muscle cramps)",
            "(what|which) (foods|food) (have|has|are high in|are rich in) magnesium",
            "where (do|can) I get magnesium [from]",
            "(what's|what is) (a|the best|a good) natural muscle (relaxer|relaxant)",
            "(is there|what are) (a|any) natural muscle relaxers",
            "magnesium (for cramps|for leg cramps|and cramps|dose|rich foods)",
        ),
        topics=(
            "magnesium", "magnesium supplements", "magnesium foods", "natural muscle relaxers",
            "magnesium tablets", "magnesium rich foods",
        ),
    ),
    Answer(
        id="potassium",
        intent="PotassiumIntent",
        title="Potassium",
        speech=(
            "A general goal is about 3500 milligrams of potassium a day. One banana has 422 "
            "milligrams. Potatoes, spinach, and avocados are good sources too. Thinking of a "
            "supplement? Check with your {doctor} first; it can affect your heart rhythm."
        ),
        follow_up="Want to hear about magnesium too?",
        yes_action="answer:magnesium",
        questions=(
            "[<q_lead>] (does|can|will) (potassium|more potassium) (help|stop|ease|prevent)"
            " (cramps|my cramps|spasms|leg cramps)",
            "(does|can) (low potassium|a lack of potassium|potassium deficiency) (cause"
            "|give you) (cramps|spasms|muscle cramps)",
            "how much potassium (do I need|should I have|a day|per day|daily|is enough"
            "|is in a banana|does a banana have)",
            "(what's|what is) the (daily amount|recommended amount|daily intake) of potassium",
            "(should|do|can) I (take|need|have) (potassium|more potassium|a potassium"
            " supplement|potassium tablets)",
            "(what|which) (foods|food) (have|has|are high in|are rich in) potassium",
            "(do|does|will|would) (bananas|a banana|eating a banana) (help|stop|ease)"
            " (cramps|my cramp|a cramp|leg cramps)",
            "(are|is) (bananas|a banana) good for (cramps|cramping|spasms)",
            "should I (eat|have) a banana [for (my cramp|cramps)]",
            "potassium (for cramps|and cramps|rich foods)",
        ),
        topics=(
            "potatoes","potassium", "bananas", "banana", "potassium foods", "potassium rich foods"),
    ),
    Answer(
        id="supplements",
        intent="SupplementsIntent",
        title="Supplements for cramps",
        speech=(
            "Magnesium, calcium, or potassium pills may help cramps that come from low minerals. "
            "But they can affect your heart rhythm, so check with your {doctor} first. "
            "Food is a good place to start."
        ),
        follow_up="Want to hear which foods have magnesium?",
        yes_action="answer:magnesium",
        questions=(
            "(is it safe to|should i|can i) take (calcium and magnesium|magnesium and calcium) (pills|supplements|tablets) [for cramps]",
            "[<q_lead>] (should|can|do) I (take|try|use) (supplements|a supplement"
            "|mineral supplements|a mineral supplement|vitamins) (for|to stop|to prevent)"
            " (cramps|my cramps|spasms|leg cramps)",
            "(which|what) (supplements|vitamins|minerals) (help|are good for|stop|prevent)"
            " (cramps|spasms|leg cramps|muscle cramps)",
            "(do|can|will) supplements (help|stop|prevent) (cramps|spasms)",
            "are (supplements|mineral supplements) safe (for cramps|to take|with my heart)",
            "(should|can) I take (calcium|a calcium supplement|calcium tablets)",
            "(does|can) calcium (help|stop|prevent) (cramps|spasms)",
            "(do|can) supplements affect (my|your) heart (rhythm|beat)",
        ),
        topics=(
            "best supplement",
            "which supplement",
            "supplement",
            "supplements", "supps", "mineral supplements", "calcium", "calcium supplements", "vitamins",
        ),
    ),
    Answer(
        id="muscle_relaxants",
        intent="MuscleRelaxantsIntent",
        title="Muscle relaxants",
        speech=(
            "Over the counter muscle relaxants help some people. "
            "Check with your {doctor} first, and take them only as directed. "
            "Stretching, gentle rubbing, and warmth are good first steps."
        ),
        follow_up="Want to know whether heat or cold is better?",
        yes_action="answer:heat_or_cold",
        questions=(
            "[<q_lead>] (should|can|could) I take (a muscle relaxant|muscle relaxants"
            "|a muscle relaxer|muscle relaxers|a painkiller|painkillers|ibuprofen"
            "|something) (for|for this|for the|for my) (cramp|cramps|spasm|spasms)",
            "(do|will|can) (muscle relaxants|muscle relaxers|painkillers|pain relievers)"
            " (help|stop|ease) (cramps|spasms|a cramp)",
            "what can I take (for|to stop) (cramps|the cramp|a cramp|spasms|the pain)",
            "is there (a pill|a tablet|a medicine|something I can take) (for|to stop)"
            " (cramps|spasms)",
            "what (medicine|medication|tablets) (helps|stops|help) (cramps|spasms)",
            "should I take (a painkiller|a pain reliever|some painkillers)",
            "over the counter (medicine|medication|muscle relaxants|tablets) (for cramps"
            "|for spasms)",
        ),
        topics=(
            "muscle relaxants", "muscle relaxers", "painkillers", "pain relievers",
            "over the counter medicine",
        ),
    ),
    Answer(
        id="hydration",
        intent="HydrationIntent",
        title="How to drink for cramps",
        speech=(
            "Sip 2 to 3 liters across the day, with a pinch of salt. "
            "Chugging it all at once flushes out electrolytes. "
            "Watching your salt? " + CHECK_FIRST
        ),
        follow_up="Want to know why cramps come at night?",
        yes_action="answer:night_cramps",
        questions=(
            "[<q_lead>] how much (water|fluid|liquid) (should I drink|do I need|a day"
            "|should I have|per day|to prevent cramps)",
            "how much should I drink [a day]",
            "how (should|do) I drink (water|fluids) (for cramps|to avoid cramps|properly)",
            "(does|will|can|would) (drinking water|water|more water|electrolyte water"
            "|sports drinks|electrolyte drinks) (help|stop|prevent|ease) (cramps|my cramp"
            "|spasms|leg cramps)",
            "should I (drink|have) (more water|electrolytes|a sports drink|electrolyte water"
            "|more fluids)",
            "(are|is) (sports drinks|electrolyte drinks|coconut water) good for"
            " cramps",
            "is it bad to (chug|gulp|down) (water|a lot of water)",
            "how do I stay (hydrated|properly hydrated)",
            "what should I drink (for cramps|to stop cramps|to prevent cramps)",
        ),
        topics=(
            "electral",
            "oral rehydration",
            "ors",
            "hydrate", "hydrating",
            "hydration", "water", "drinking water", "electrolyte drinks", "electrolyte water",
            "sports drinks", "staying hydrated",
        ),
    ),
    Answer(
        id="caffeine",
        intent="CaffeineIntent",
        title="Caffeine and cramps",
        speech=(
            "Drinking too much coffee is one of the everyday reasons for spasms. "
            "If you drink a lot, try cutting back, and see if your cramps ease. "
            "Track when they happen, to spot your own triggers."
        ),
        follow_up="Want to hear how to drink for cramps?",
        yes_action="answer:hydration",
        questions=(
            "[<q_lead>] (does|can|could) (caffeine|coffee|too much coffee|too much caffeine"
            "|energy drinks|drinking coffee|tea|cola) (cause|give you|bring on|trigger)"
            " (cramps|spasms|muscle spasms|twitching|muscle cramps|leg cramps)",
            "(is|are) (coffee|caffeine|energy drinks) bad for (cramps|spasms|my muscles)",
            "should I (stop|cut back on|cut down on|quit) (coffee|caffeine|energy drinks)"
            " [because of (cramps|spasms)]",
            "(is|could it be) (my|all my) (coffee|caffeine) (causing|behind) my (cramps|spasms"
            "|twitching)",
            "I drink (a lot of|too much|loads of) (coffee|caffeine) (and|could that be why) I"
            " (cramp|keep cramping)",
            "(caffeine|coffee) and (cramps|spasms|muscle cramps)",
            "how much coffee is too much (for cramps|with cramps)",
        ),
        topics=(
            "brew",
            "morning brew",
            "cuppa",
            "tea",
            "morning coffee",
            "caffeine", "coffee", "too much coffee", "energy drinks", "flat white", "latte",
                "espresso", "cappuccino", "double double", "cola"),
    ),
    Answer(
        id="vitamin_d",
        intent="VitaminDIntent",
        title="Vitamin D",
        speech=(
            "Some studies suggest low vitamin D may double your risk of cramps. "
            "Eat more fatty fish, or get some sunlight. "
            "Thinking of a supplement? " + CHECK_FIRST
        ),
        follow_up="Want to hear about magnesium too?",
        yes_action="answer:magnesium",
        questions=(
            "[<q_lead>] (does|can|could) (low vitamin d|a lack of vitamin d|vitamin d"
            " deficiency|not enough vitamin d|too little vitamin d) (cause|give you|lead to)"
            " <q_cramps>",
            "(does|can|will) (vitamin d|more vitamin d|sunlight|sunshine) (help|stop|prevent)"
            " (cramps|spasms|leg cramps)",
            "(should|do|can) I (take|need|have) (vitamin d|more vitamin d|a vitamin d"
            " supplement|vitamin d tablets)",
            "how (do|can) I get (more|enough) vitamin d",
            "(what|which) foods (have|are high in) vitamin d",
            "vitamin d (and cramps|for cramps|deficiency and cramps)",
            "(is|could it be) (low vitamin d|my vitamin d) (causing|behind) my (cramps|spasms)",
        ),
        topics=("vitamin d", "low vitamin d", "vitamin d deficiency", "sunlight", "fatty fish",
                "sun", "sunshine", "not enough sun"),
    ),
    # --- Knowing a cramp ----------------------------------------------------------------------
    Answer(
        id="tonic_clonic",
        intent="SpasmTypesIntent",
        title="Tonic and clonic spasms",
        speech=(
            "Doctors sort spasms into two kinds. Tonic means one long, rigid squeeze "
            "that can last seconds or minutes. Clonic means rhythmic jerks, tightening and "
            "letting go over and over. Frequent ones are worth a check."
        ),
        follow_up="Want to know when to see {a_doctor}?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "[<q_lead>] (what is|what's|what are) (a tonic spasm|a clonic spasm|tonic spasms"
            "|clonic spasms|tonic contractions|clonic contractions)",
            "what does (tonic|clonic) mean",
            "what's the difference between (tonic and clonic|clonic and tonic) [spasms]",
            "(tonic versus clonic|clonic versus tonic|tonic or clonic) [spasms]",
            "what are the (types|kinds|main types|two types) of (spasms|muscle spasms"
            "|cramps)",
            "(what kinds|what types|how many kinds|how many types) of (spasms|muscle spasms"
            "|cramps) are there",
            "are there different (types|kinds) of (spasms|cramps|muscle spasms)",
            "is my spasm (tonic or clonic|tonic|clonic)",
        ),
        topics=(
            "tonic spasms", "clonic spasms", "tonic and clonic spasms", "types of spasms",
            "kinds of spasms", "spasm types",
        ),
    ),
    Answer(
        id="other_spasm_types",
        intent="OtherSpasmTypesIntent",
        title="Other kinds of spasm",
        speech=(
            "Besides tonic and clonic, doctors also name myotonic spasms, dystonic spasms, "
            "fasciculations, and spasticity. All of them can be distressing, and may need a "
            "physical exam to pin down. " + SEVERAL_CAUSES
        ),
        follow_up="Want to know when to see {a_doctor}?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "[<q_lead>] (what is|what's|what are|explain) (a myotonic spasm|myotonic spasms"
            "|a dystonic spasm|dystonic spasms|fasciculations|a fasciculation|spasticity"
            "|muscle spasticity)",
            "what (other|else|more) (types|kinds) of (spasms|muscle spasms) are there",
            "(are there|what are the) other (types|kinds) of (spasms|muscle spasms)"
            " [besides tonic and clonic]",
            "what does (myotonic|dystonic|fasciculation|spasticity) mean",
            "(is|are) (fasciculations|spasticity|dystonic spasms|myotonic spasms) (serious"
            "|dangerous|the same as cramps|a type of spasm)",
            "what's the difference between (a cramp and spasticity|fasciculations and cramps"
            "|spasticity and a spasm)",
        ),
        topics=(
            "myotonic spasms", "dystonic spasms", "fasciculations", "spasticity",
            "other spasm types", "other types of spasms",
        ),
    ),
    Answer(
        id="spasm_type_conditions",
        intent="SpasmTypeConditionsIntent",
        title="Conditions linked to tonic and clonic spasms",
        speech=(
            "Long, rigid tonic spasms are common in epilepsy, cerebral palsy, and multiple "
            "sclerosis. Rhythmic clonic spasms are linked to seizures. "
            "Most cramps are harmless, though. " + SEVERAL_CAUSES
        ),
        follow_up="Want to know when to see {a_doctor}?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "[<q_lead>] (what|which) (conditions|disorders|diseases|neurological disorders"
            "|illnesses) (cause|are linked to|come with|go with) (tonic spasms|clonic spasms"
            "|tonic or clonic spasms|tonic and clonic spasms)",
            "(does|can) (epilepsy|cerebral palsy) (cause|give you|lead to) (spasms|tonic"
            " spasms|muscle spasms|cramps)",
            "(are|is) (spasms|clonic spasms|jerking spasms|my spasms) (a sign of|linked to"
            "|the same as) (a seizure|seizures|epilepsy)",
            "(do|can) seizures (cause|come with) (spasms|jerking|clonic spasms)",
            "is (my spasm|this spasm|this jerking|my jerking) a seizure",
            "could (my spasm|this spasm|this jerking|my jerking) be (a seizure|epilepsy)",
            "(what|which) (neurological|nerve) (disorders|conditions) cause (spasms"
            "|rigid spasms|jerking spasms)",
            "(do|does) (people with cerebral palsy|people with epilepsy|cerebral palsy"
            "|epilepsy) (get|have) (spasms|tonic spasms)",
        ),
        topics=(
            "epilepsy", "cerebral palsy", "seizures", "neurological disorders",
            "tonic spasm conditions",
        ),
    ),
    Answer(
        id="why_muscles_lock",
        intent="WhyMusclesLockIntent",
        title="Why a muscle locks",
        speech=(
            "Nerves tell your muscles when to tighten and when to relax. "
            "Tiredness or low fluid can scramble those signals. "
            "In a cramp, your brain delays the relax signal, so the muscle stays tight "
            "and painful."
        ),
        follow_up="Want to hear what sets cramps off?",
        yes_action="answer:causes",
        questions=(
            "[<q_lead>] why (do (muscles|my muscles)|does (a muscle|my muscle)) (lock up"
            "|stay locked|stay tight|stay tense|not relax|refuse to relax|stay contracted)",
            "why (won't|doesn't|can't) (my muscle|the muscle|a cramped muscle|my calf"
            "|the cramp) (relax|let go|loosen)",
            "why (does|doesn't) (a cramp|the cramp|a spasm) (not let go|let go|stay so long)",
            "what happens (in my muscle|in a muscle|in your muscles|when a muscle cramps"
            "|inside a cramp|during a cramp|during a spasm)",
            "how and when do (muscle spasms|spasms|cramps) (occur|happen)",
            "what do (nerves|my nerves|nerve signals) have to do with (cramps|spasms)",
            "how do (nerves|nerve signals|the brain) (cause|control) (cramps|spasms"
            "|muscles)",
            "(what goes wrong|what's going on) (in|with) (my muscle|a muscle|my body)"
            " (in|during) a (cramp|spasm)",
            "(is it|does) my brain (cause|causing) (the cramp|cramps|spasms)",
        ),
        topics=(
            "not releasing", "won't release", "won't relax", "doesn't release",
            "nerve signals", "why muscles lock", "the relax signal", "muscle signals",
            "how cramps happen",
        ),
    ),
    Answer(
        id="symptoms",
        intent="CrampSymptomsIntent",
        title="How a cramp feels",
        speech=(
            "You may feel a sudden, sharp pain, and a muscle that's hard and knotted. "
            "It may twitch or jerk on its own, and stay sore after. "
            "Spot it early, and stretch right away."
        ),
        follow_up="Want to know when a cramp needs {a_doctor}?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "what are the signs of a (muscle |)(cramp|spasm)",
            "how do (i|you) know (it's|its|if it's) (cramp|a cramp) and not something else",
            "how do i know if (it's|this is) a cramp or something else",
            "how do (I|you) know (when|if) (a cramp's|a cramp is|it's) (coming on|coming|actually a cramp|a cramp)",
            "what are the signs (you're|I'm) getting (a cramp|cramp)",
            "what (does|do) (a cramp|a muscle cramp|cramps|a spasm|muscle cramps|muscle spasms|a"
            " charley horse) feel like",
            "[<q_lead>] what are the (symptoms|signs|early signs|warning signs before) of"
            " (a cramp|cramps|a muscle spasm|muscle spasms|a spasm|a charley horse)",
            "what (symptoms|signs) come with (cramps|spasms|a cramp)",
            "what does (a cramp|a muscle spasm|a spasm|a charley horse|cramping) feel like",
            "how (do|can) I (know|be sure|work out) (it's|if it's|if I'm having) (a cramp|a"
            " spasm|cramping)",
            "how (do|can) I (spot|catch|sense|notice) a (cramp|spasm) (coming|early|is coming"
            "|before it hits)",
            "(is this|is that|am I having) a (cramp|spasm|charley horse)",
            "(how do you|how can you) (recognise|recognize) a (cramp|spasm)",
        ),
        topics=("symptoms", "cramp symptoms", "signs of a cramp", "spasm symptoms"),
    ),
    Answer(
        id="how_common",
        intent="HowCommonIntent",
        title="How common cramps are, and where",
        speech=(
            "Very common. More than half of American adults get muscle cramps at some point. "
            "About 6 percent get them at night. They hit legs, arms, belly, back and neck most, "
            "and sometimes your jaw or eyelids."
        ),
        follow_up="Want to know why cramps come at night?",
        yes_action="answer:night_cramps",
        questions=(
            "(do|does) (loads of|lots of|a lot of|many|most|heaps of|plenty of) people get (cramp|cramps) [or is it just me]",
            "[<q_lead>] how common are (cramps|muscle cramps|night cramps|spasms"
            "|muscle spasms|leg cramps|charley horses)",
            "how many (people|adults) (get|have|suffer from) (cramps|leg cramps"
            "|muscle cramps|night cramps|cramps at night|spasms)",
            "is it (normal|common) to (get cramps|cramp|cramp at night|have spasms)",
            "(are|is) (cramps|spasms|cramping) normal",
            "(does everyone|do lots of people|do most people) get (cramps|spasms)",
            "am I the only one (who gets|with) (cramps|spasms|night cramps)",
            "where (do|are) (spasms|cramps|muscle spasms|muscle cramps) (happen|most common"
            "|usually happen|happen most|strike)",
            "(which|what) (body parts|muscles|parts of the body) (get|cramp|spasm) (most"
            "|the most)",
        ),
        topics=(
            "how common cramps are", "cramp statistics", "statistics", "prevalence",
            "where spasms happen", "where cramps happen",
        ),
    ),
    Answer(
        id="tetanus",
        intent="TetanusIntent",
        title="Tetanus",
        speech=(
            "Tetanus is a disease caused by a germ, Clostridium tetani, that enters through "
            "cuts. Its toxin upsets your nerves, causing severe, painful spasms. "
            "Stiffness or spasms after a wound? Get medical help right away."
        ),
        follow_up="Want to hear the other signs that need help right away?",
        yes_action="answer:dangerous_signs",
        questions=(
            "what is tetanus [anyway]",
            "what bacteria cause muscle spasms",
            "[<q_lead>] (what|which) (bacteria|germ|germs|bacterium|infection) (causes"
            "|cause|can cause) (spasms|muscle spasms|cramps|lockjaw)",
            "(does|can) tetanus (cause|give you) (spasms|cramps|stiffness)",
            "how (do you|do I|can you) (get|catch) tetanus",
            "how does tetanus get (in|into the body|into you)",
            "what are the (signs|symptoms) of tetanus",
            "(should I|do I need to) worry about tetanus",
            "could (my spasm|my spasms|my stiffness|this stiffness) be [from] tetanus",
            "(is|are) my (spasm|spasms|stiffness) from tetanus",
            "is lockjaw the same as tetanus",
            "(what is|what's) (clostridium tetani|tetanus|lockjaw)",
            "(can|could) (an infection|a cut|a wound|a dirty cut|a rusty nail) (cause|give"
            " you) (spasms|cramps|tetanus)",
        ),
        topics=("tetanus", "lockjaw", "bacteria", "infection", "tetanus bacteria",
                "clostridium tetani"),
    ),
    # --- Conditions linked to cramps: never a diagnosis --------------------------------------
    Answer(
        id="linked_conditions",
        intent="LinkedConditionsIntent",
        title="Conditions linked to cramps",
        speech=(
            "Cramps are linked to peripheral artery disease, an underactive thyroid, "
            f"{_ALS}, {_MS}, nerve damage from diabetes, and kidney disease. "
            "Most cramps are harmless, though. " + SEVERAL_CAUSES
        ),
        follow_up="Want to know when to see {a_doctor}?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "what (illnesses|diseases|conditions) (can give you|cause|are linked to) (muscle spasms|spasms|cramps)",
            "[<q_lead>] (what|which) (conditions|diseases|illnesses|medical problems"
            "|health problems|medical conditions|underlying conditions) (cause|are linked to"
            "|can cause|come with) (cramps|spasms|muscle cramps|muscle spasms)",
            "are (cramps|spasms|muscle cramps) (linked to|a sign of|a symptom of) (any"
            " conditions|a disease|an illness|something serious|an underlying condition)",
            "(can|could) (cramps|spasms|my cramps) (be a sign of|mean|point to) (something"
            " serious|something wrong|a disease|an illness)",
            "could my (cramps|spasms) be (a disease|an illness|something serious)",
            "is something wrong with (me|my muscles|my body)",
        ),
        topics=(
            "diseases related to cramps",
            "related diseases",
            "conditions", "medical conditions", "health conditions", "underlying conditions",
            "diseases", "illnesses",
        ),
    ),
    Answer(
        id="peripheral_artery_disease",
        intent="PeripheralArteryDiseaseIntent",
        title="Calf cramps when you walk",
        speech=(
            "Calf cramps on walks can come from tired muscles, low fluid, or poor blood flow, "
            "as in peripheral artery disease. " + SEVERAL_CAUSES
            + " One test compares the blood pressure at your ankle and arm."
        ),
        follow_up="Want to hear which specialist can help?",
        yes_action="answer:specialists",
        questions=(
            "[<q_lead>] (does|can) (peripheral artery disease|p.a.d.|peripheral arterial"
            " disease|clogged arteries|blocked arteries|narrow arteries) (cause|give you"
            "|lead to) (cramps|leg cramps|calf cramps|spasms)",
            "(is|could) (peripheral artery disease|p.a.d.) (causing|behind|be causing) my"
            " (cramps|leg cramps|calf cramps)",
            "(what's|what is) (peripheral artery disease|peripheral arterial disease"
            "|p.a.d.|an ankle brachial index test|the ankle brachial index)",
            "why do my (calves|calf|legs|leg) (cramp|cramp up|hurt|ache|seize up) when I"
            " (walk|go for a walk|walk a short way|walk uphill|walk the dog)",
            "why does (walking|a short walk) give me (calf cramps|leg cramps|cramps"
            "|a calf cramp)",
            "why do I (cramp|get calf cramps|get leg cramps|get cramp) (after walking"
            "|when walking|after walking a short way|when I walk)",
            "my (calves|calf|legs) (cramp|hurt) (every time|whenever) I walk",
        ),
        topics=(
            "peripheral artery disease", "pad", "p a d", "artery disease", "blocked arteries",
            "clogged arteries", "cramps when walking", "ankle brachial index",
        ),
    ),
    Answer(
        id="hypothyroidism",
        intent="HypothyroidismIntent",
        title="Thyroid and cramps",
        speech=(
            "An underactive thyroid slows your metabolism and can stiffen your muscles. "
            "It may bring cramps all over, along with tiredness. " + SEVERAL_CAUSES
            + " A simple blood test checks your thyroid."
        ),
        follow_up="Want to know when to see {a_doctor}?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "[<q_lead>] (does|can|could) (hypothyroidism|an underactive thyroid|a slow thyroid"
            "|low thyroid|thyroid problems|my thyroid|thyroid issues) (cause|give you"
            "|lead to) (cramps|muscle cramps|spasms|stiff muscles|stiffness)",
            "(what's|what is) (hypothyroidism|an underactive thyroid)",
            "(is my thyroid|could my thyroid be) (causing|behind) (my cramps|cramps|my spasms)",
            "(how do I|how can I|should I) (get my thyroid checked|check my thyroid"
            "|test my thyroid)",
            "what (does|do) (the|my) thyroid (have to do with|do with) (cramps|muscles)",
        ),
        topics=("hypothyroidism", "underactive thyroid", "thyroid", "low thyroid"),
    ),
    Answer(
        id="als",
        intent="AlsIntent",
        title="ALS and twitching",
        speech=(
            f"{_ALS} is a nerve disease. It brings twitching with slowly worsening weakness, "
            "not cramps alone. Most twitches are harmless. " + SEVERAL_CAUSES
            + f" Doctors check with a nerve exam and an {_EMG} muscle test."
        ),
        follow_up="Want to hear which specialist can help?",
        yes_action="answer:specialists",
        questions=(
            "[<q_lead>] (do (cramps|twitches|spasms)|does (twitching|my twitching)) mean (als"
            "|a.l.s.|lou gehrig's disease|motor neuron disease)",
            "could (my cramps|my twitching|twitching|cramps) be [a sign of] (als|a.l.s."
            "|lou gehrig's disease|motor neuron disease)",
            "(do I have|am I getting|could I have|could this be|is this) (als|a.l.s."
            "|lou gehrig's disease|motor neuron disease)",
            "(is|are) (twitching|my twitching|twitches|cramps) (a sign|a symptom) of"
            " (als|a.l.s.|motor neuron disease)",
            "(does|can) (als|a.l.s.|motor neuron disease) cause (twitching|cramps|spasms"
            "|weakness)",
            "should I (worry|be worried) about (als|a.l.s.|motor neuron disease)",
            "(what's|what is) (lou gehrig's disease|als|a.l.s.|amyotrophic lateral sclerosis"
            "|an e.m.g.|an emg|an emg test)",
            "how (do they|do doctors|is) (test for|check for|diagnose|tested for) (als"
            "|a.l.s.|motor neuron disease)",
        ),
        topics=(
            "als", "a l s", "lou gehrig's disease", "lou gehrigs disease",
            "motor neuron disease", "amyotrophic lateral sclerosis", "emg", "e m g",
            "emg test",
        ),
    ),
    Answer(
        id="multiple_sclerosis",
        intent="MultipleSclerosisIntent",
        title="MS and spasms",
        speech=(
            f"Multiple sclerosis, or {_MS}, affects the nerves in your brain and spine. "
            "It can cause stiff muscles and long, rigid spasms. " + SEVERAL_CAUSES
            + " A nerve exam is a common first step."
        ),
        follow_up="Want to hear which specialist can help?",
        yes_action="answer:specialists",
        questions=(
            "[<q_lead>] (does|can|could) (multiple sclerosis|ms|m.s.) (cause|give you"
            "|lead to) (spasms|cramps|stiffness|stiff muscles|muscle spasms)",
            "(what's|what is) (multiple sclerosis|m.s.)",
            "could (my spasm|my spasms|my cramps|this) be [from] (ms|m.s.|multiple sclerosis)",
            "(is|are) my (spasm|spasms|cramps) from (ms|m.s.|multiple sclerosis)",
            "(are|is) (spasms|stiffness|cramps) a sign of (ms|m.s.|multiple sclerosis)",
            "do people with (ms|m.s.|multiple sclerosis) get (spasms|cramps)",
            "(do I have|could I have|am I getting) (ms|m.s.|multiple sclerosis)",
        ),
        topics=("multiple sclerosis", "ms", "m s"),
    ),
    Answer(
        id="diabetic_neuropathy",
        intent="DiabeticNeuropathyIntent",
        title="Diabetes and cramps",
        speech=(
            "Diabetic neuropathy is nerve damage linked to diabetes. Damaged nerves can send "
            "mixed signals and set off spasms. " + SEVERAL_CAUSES
            + " Mention your cramps at your next diabetes checkup."
        ),
        follow_up="Want to know when to see {a_doctor}?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "[<q_lead>] (does|can|could) (diabetes|high blood sugar|neuropathy"
            "|diabetic neuropathy|nerve damage from diabetes) (cause|give you|lead to)"
            " (cramps|muscle cramps|spasms|leg cramps)",
            "(are|is) my (cramps|spasms) (from|because of|down to) (diabetes|my diabetes"
            "|neuropathy)",
            "is my diabetes (causing|behind) (my cramps|cramps|my spasms)",
            "do (diabetics|people with diabetes) get more (cramps|spasms)",
            "why do I (cramp|get cramps) (with diabetes|now I have diabetes)",
            "(what's|what is) (diabetic neuropathy|neuropathy)",
            "I'm (diabetic|a diabetic) (and|why do) I (keep cramping|get cramps)",
        ),
        topics=(
            "sugar",
            "blood sugar",
            "having sugar", "sugar patient",
            "diabetic neuropathy", "diabetes", "neuropathy", "diabetic nerve damage"),
    ),
    Answer(
        id="kidney_disease",
        intent="KidneyDiseaseIntent",
        title="Kidneys and cramps",
        speech=(
            "Kidney disease can throw off your electrolytes, the minerals your nerves use "
            "to control your muscles. That can lead to cramps. " + SEVERAL_CAUSES
            + " A blood test shows your mineral levels."
        ),
        follow_up="Want to know when to see {a_doctor}?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "[<q_lead>] (does|can|could) (kidney disease|kidney problems|kidney failure"
            "|bad kidneys|kidney issues|dialysis|my kidneys) (cause|give you|lead to)"
            " (cramps|muscle cramps|spasms|leg cramps)",
            "are my (cramps|spasms) (from|because of) my (kidneys|kidney disease)",
            "(is|are) my (kidney|kidneys) causing (my cramps|cramps)",
            "what do (kidneys|my kidneys) have to do with (cramps|spasms)",
            "why do (people on dialysis|dialysis patients) (cramp|get cramps)",
            "why do I (cramp|get cramps) (on|after|during) dialysis",
        ),
        topics=("kidney disease", "kidneys", "kidney failure", "dialysis"),
    ),
    # --- Getting help, prevention, relief choices ------------------------------------------
    Answer(
        id="specialists",
        intent="SpecialistIntent",
        title="Which specialist, and typical US cost",
        speech=(
            "Typical American prices. Start with {a_physio}: 75 to 150 dollars a session, "
            "often covered by insurance. A neurologist, for nerve problems: 250 to 500 "
            "a consult, plus tests. Sports medicine, for exercise cramps: 150 to 300 a visit."
        ),
        follow_up="Want to know when a cramp needs {a_doctor}?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "who (else |)(should|can) i see (about|for) (my |)(spasms|cramps)",
            "who (should|do|can|would) i (see|go to|visit|speak to) (about|for) (my spasms|my"
            " cramps|spasms|cramps|muscle spasms|muscle cramps)",
            "[<q_lead>] (what kind of|which|what sort of|what type of) (doctor|specialist"
            "|g.p.) should I (see|go to|visit) [for (cramps|my cramps|spasms)]",
            "(which|what) (doctor|doctors|specialist|specialists) (treats|treat|deal with"
            "|helps with|help with) (cramps|muscle spasms|spasms|muscle cramps)",
            "who (should I see|do I see) for (cramps|spasms|my cramps)",
            "who (treats|can help with) (cramps|muscle spasms|my cramps)",
            "should I see a (neurologist|sports medicine doctor|sports doctor|specialist)",
            "how much (does|would) (a neurologist|a sports medicine doctor|a sports doctor"
            "|a specialist|a consult|a neurology consult) cost",
            "how much is (a neurologist|a specialist|a consult|a sports medicine doctor)",
            "(what does|how much does) (a specialist|seeing a specialist|a neurologist)"
            " cost",
            "(are|is) (the|a neurologist's) tests (extra|included|more)",
            "what does a (neurologist|sports medicine doctor) (do|treat|help with)",
        ),
        topics=(
            "which doctor",
            "what kind of doctor",
            "doctor to consult",
            "specialists", "specialist", "neurologist", "sports medicine",
            "sports medicine doctor", "doctor costs", "cost of a specialist", "neurologists",
        ),
    ),
    Answer(
        id="physical_therapy",
        intent="PhysicalTherapyIntent",
        title="What physical therapy offers",
        speech=(
            "See {a_physio} for spasms linked to movement, and to correct your posture. "
            "They often spot muscle imbalances others miss, like weak glutes behind hip spasms. "
            "A typical American session is 75 to 150 dollars, often covered by insurance."
        ),
        follow_up="Want to hear about other specialists?",
        yes_action="answer:specialists",
        questions=(
            "what (does|can) a (pt|physio|physical therapist|physiotherapist) do (for|about) (muscle spasms|cramps|spasms)",
            "[<q_lead>] (what does|what can|how can|how does) (a physical therapist|a physio"
            "|a physiotherapist|a p.t.|physical therapy|physio|physiotherapy) (do|treat"
            "|help|help with cramps|do for spasms|help with spasms)",
            "(should|do) I (see|go to|need) (a physical therapist|a physio|a physiotherapist"
            "|physical therapy|physio|physiotherapy) [for (cramps|spasms|my cramps)]",
            "(does|can|will) (physical therapy|physio|physiotherapy|a physio|a physical"
            " therapist) (help|stop|fix) (cramps|spasms|my cramps|my posture)",
            "how much (does|is) (a physical therapist|physical therapy|a physio session"
            "|physio|a physiotherapist|a physical therapy session) [cost]",
            # Costs are said only here, so "how much does that cost" after a specialist.
            "how much (does|do|would|will|is) (it|that|a session|one session|each session|therapy"
            "|a visit|that kind of thing) [going to] cost",
            "(does|will) (insurance|my insurance) cover (physical therapy|physio"
            "|physiotherapy|a physical therapist)",
            "is (physical therapy|physio|physiotherapy) covered by (insurance|my insurance)",
            "(can|does) a <q_physio> find muscle imbalances",
        ),
        topics=(
            "physical therapist", "physical therapy", "physio", "physiotherapy",
            "physiotherapist", "muscle imbalances", "insurance",
        ),
    ),
    Answer(
        id="prevention",
        intent="PreventionIntent",
        title="Preventing cramps",
        speech=(
            "Sip fluids through the day. Stretch and move often, with a short walk every hour. "
            "Warm up before exercise, and cool down after. "
            "Eat a balanced diet, and give tired muscles rest."
        ),
        follow_up="Want to start with a calf stretch?",
        yes_action="stretch:calf",
        questions=(
            "(what's|what is) the best way to (avoid|prevent|stop getting) (cramps|cramp|spasms)",
            "[(got|have you got|any)] (tips|any tips) to (stop|prevent) (cramps|cramp|spasms) [happening]",
            "how (can|do) i stop getting (cramps|cramp|spasms) all the time",
            "how (do|can) I stop (it|them|cramp|cramps|spasms) (coming back|from coming back|happening again)",
            "how (do|can) I stop getting (cramps|cramp|spasms) (all together|altogether|for good|completely)",
            "[<q_lead>] how (do|can|should) I (prevent|avoid|stop getting|keep away|cut down"
            " on|reduce) (cramps|muscle spasms|spasms|night cramps|leg cramps|charley horses"
            "|cramping|cramp)",
            "how (do|can) I stop (cramps|spasms|leg cramps) (from coming back"
            "|from happening|coming back)",
            "how (do|can) I keep (cramps|spasms|leg cramps) away",
            "what can I do to (prevent|avoid|stop) (cramps|spasms|leg cramps|night cramps)",
            "(tips|any tips|advice) (to prevent|for preventing|on avoiding) (cramps|spasms)",
            "how (do|can) I (prevent|avoid) (cramps|spasms) (at night|when I exercise"
            "|in the future)",
            "what (habits|diet|foods) (help|prevent) (cramps|spasms)",
            "(is there|what's) a way to (never get|avoid|prevent) cramps",
            "what (can|should) I do so (I don't|I never) (get|have) (cramps|cramp|spasms)"
            " (anymore|again|any more)",
        ),
        topics=(
            "coming back", "keep coming back", "stop them coming back",
            "prevention", "preventing cramps", "cramp prevention", "avoiding cramps",
            "prevention tips", "diet", "healthy habits", "precautions",
        ),
    ),
    Answer(
        id="eccentric_strengthening",
        intent="EccentricStrengtheningIntent",
        title="Eccentric strengthening",
        speech=(
            "Stretching eases a cramp, but prevention takes more. "
            "Try eccentric strengthening: lower a weight slowly, under control. "
            "It helps rebuild resilient muscles. Go gently, and don't push too hard."
        ),
        follow_up="Want more tips to keep cramps away?",
        yes_action="answer:prevention",
        questions=(
            "[<q_lead>] (what is|what's|what are|explain) (eccentric strengthening"
            "|eccentric exercise|eccentric exercises|eccentric training|eccentric strength"
            " training)",
            "(does|can|will|would) (eccentric strengthening|eccentric exercise|strength"
            " training|strengthening|lifting weights|weight training|slowly lowering weights)"
            " (help|prevent|stop|reduce) (cramps|spasms|leg cramps|cramping)",
            "how (do|can|should) I (do|start) (eccentric strengthening|eccentric exercises"
            "|eccentric training)",
            "(what|which) (exercises|strength exercises|workouts) (prevent|help prevent"
            "|stop) (cramps|spasms)",
            "(should|can) I (strengthen|build up) my (muscles|calves|legs) to (prevent|stop"
            "|avoid) (cramps|spasms)",
            "is stretching enough to (prevent|stop) (cramps|spasms)",
            "why (lower|lowering) (weights|a weight) slowly",
        ),
        topics=(
            "eccentric strengthening", "eccentric exercise", "eccentric training",
            "strength training", "lowering weights", "strengthening",
        ),
    ),
    Answer(
        id="inactivity",
        intent="InactivityIntent",
        title="Too little movement, or too much",
        speech=(
            "Both extremes can bring on spasms: sitting still too much, and pushing your muscles "
            "too hard. Finding your own root cause is the first step to prevention. "
            "Move a little every day, and rest after hard efforts."
        ),
        follow_up="Want more tips to keep cramps away?",
        yes_action="answer:prevention",
        questions=(
            "[<q_lead>] (does|can|could) (physical inactivity|inactivity|a lack of exercise"
            "|not exercising|not moving enough|being inactive|a sedentary lifestyle"
            "|sitting around all day|being a couch potato) (cause|give you|lead to"
            "|bring on) <q_cramps>",
            "(can|do) (inactive|unused|weak|lazy) muscles (cramp|spasm|cramp up)",
            "why do I (cramp|get cramps|get spasms) when I (don't exercise|don't move"
            "|sit around|stay in bed|haven't moved)",
            "(is it|could it be) (too little|not enough) (exercise|movement) or too much",
            "(can|does) (too little or too much exercise|too much or too little exercise"
            "|both too much and too little exercise) (cause|give you) (cramps|spasms)",
            "(is|could it be) (my lack of exercise|not exercising|my inactivity) (causing"
            "|behind) my (cramps|spasms)",
        ),
        topics=(
            "exertion",
            "too much exertion",
            "doing nothing", "sitting about", "sitting around",
            "physical inactivity", "inactivity", "lack of exercise", "sedentary lifestyle",
            "not moving enough", "sitting all day", "not exercising",
        ),
    ),
    Answer(
        id="athletes",
        intent="AthletesIntent",
        title="Cramps and intense sport",
        speech=(
            "Do intense sports, or have a condition that triggers spasms? "
            "Aim to make them rarer and milder, not to end them for good. "
            "Listen to your body, and don't push too hard. Some spasms ease with rest, "
            "not more exercise."
        ),
        follow_up="Want to hear about electrolytes after sweaty workouts?",
        yes_action="answer:electrolyte_imbalance",
        questions=(
            "I'm (an athlete|a runner|a footballer|a soccer player|a cyclist"
            "|a swimmer|a marathon runner) (how do I stop cramping|and I keep cramping"
            "|and I get cramps|what about cramps)",
            "(can|will) (athletes|I|runners) ever (stop cramping|get rid of cramps"
            "|stop getting cramps) (for good|completely|altogether)",
            "(can|will) I [ever] (get rid of|stop|eliminate) (cramps|spasms|my cramps)"
            " (for good|completely|forever|altogether)",
            "how do (athletes|runners|footballers|pro athletes|cyclists) (deal with|handle"
            "|manage|stop) (cramps|spasms|cramping)",
            "I (play|do) (sport|sports|football|soccer|tennis|rugby|cricket|basketball)"
            " and (keep cramping|get cramps|always cramp|cramp a lot)",
            "should I (keep training|keep playing|train through|play through|rest) (with"
            "|through|if I have) (cramps|a cramp|spasms)",
            "(rest or exercise|should I rest or exercise|should I rest or keep going)"
            " (for|with) (cramps|spasms)",
            "I have a condition that (gives me|causes) spasms (what can I do|can I stop them"
            "|will they stop)",
        ),
        topics=(
            "cyclist",
            "cycling",
            "marathoner",
            "runner",
            "a race",
            "footy",
            "every match",
            "marathons",
            "races",
            "matches",
            "cricket",
            "football",
            "soccer",
            "during games",
            "during races",
            "kabaddi",
            "athletes", "sports", "sport", "intense sports", "training", "athletes and cramps",
        ),
    ),
    Answer(
        id="stretches",
        intent="StretchesForCrampsIntent",
        title="Stretches that help",
        speech=(
            "For your legs, try calf, hamstring, and thigh stretches. "
            "For your back, knee to chest, a lower back twist, or cat cow. "
            "For your neck, a slow side tilt. Stretch gently, never to pain."
        ),
        follow_up="Want me to guide you through a calf stretch?",
        yes_action="stretch:calf",
        questions=(
            "[<q_lead>] (which|what) (stretches|stretch|exercises) (help|helps|are good for"
            "|are best for|prevent|stop) (cramps|spasms|leg cramps|muscle cramps|a cramp"
            "|back spasms)",
            "(what's|what is) the best stretch for (cramps|a cramp|spasms|leg cramps)",
            "which stretch is best for (a cramp|cramps|spasms)",
            "(does|do|will) (stretching|stretches) (help|stop|prevent|ease) (cramps|spasms"
            "|a cramp|my cramps)",
            "should I stretch (a cramp|the cramp|when I cramp|a spasm|it)",
            "how does stretching help [(cramps|spasms)]",
            "what stretches (can|should) I do (for cramps|for spasms|for my back|for my legs)",
        ),
        topics=("stretches", "stretching", "stretches for cramps"),
    ),
    Answer(
        id="heat_or_cold",
        intent="HeatOrColdIntent",
        title="Heat or cold",
        speech=(
            "Use heat for a muscle that's tight and sore, like a warm pad or bath. "
            "Use cold for one that's painful and inflamed. "
            "Wrap ice in a cloth, and keep it on a few minutes at a time."
        ),
        follow_up="Want tips to keep cramps from coming back?",
        yes_action="answer:prevention",
        questions=(
            # Either way round, each combination said in full (people name the pair).
            Wide("(heat|a heat pack|heat pack|a heat pad|heat pad|a hot water bottle) or (ice"
                 "|an ice pack|ice pack|cold) [for (a cramp|cramps|it)]", 100, 100),
            Wide("(ice|an ice pack|ice pack|cold) or (heat|a heat pack|heat pack|heat pad|a hot"
                 " water bottle) [for (a cramp|cramps)]", 60, 60),
            "is a hot water bottle or an ice pack better",
            "[<q_lead>] (should I use|is it better to use|do I use|what's better) (heat or ice"
            "|heat or cold|ice or heat|cold or heat|hot or cold|a heat pack or an ice pack"
            "|a hot water bottle or ice|a heating pad or ice)",
            "(is|which is) (heat or cold|heat or ice|hot or cold|a hot water bottle or an ice"
            " pack|a heat pack or an ice pack|a heating pad or an ice pack) better [for"
            " (cramps|a cramp|spasms)]",
            "(ice or heat|heat or ice|hot or cold|heat or cold) (for|on) (a cramp|cramps"
            "|a spasm|the cramp|spasms)",
            "should I (put|use) (ice|an ice pack|a cold pack|a heat pack|a heating pad"
            "|a hot water bottle|heat|a wheat bag) on (it|the cramp|my cramp|the spasm)",
            "should I use (a heating pad|a cold pack|an ice pack|a hot water bottle"
            "|a heat pack|a wheat bag)",
            "(does|will|would) (heat|ice|a heating pad|an ice pack|a hot water bottle"
            "|a warm bath|a hot bath|a hot shower) help (cramps|a cramp|spasms|my cramp)",
            "should I (take|have) a (warm bath|hot bath|hot shower|warm shower)",
            "is a (hot bath|warm bath|hot shower) good for (cramps|spasms)",
        ),
        topics=(
            "heat or cold", "ice or heat", "heat", "ice", "heating pad", "heat pad", "ice pack",
            "cold pack", "warm bath", "hot bath", "hot water bottle", "heat pack", "wheat bag",
        ),
    ),
    Answer(
        id="when_to_see_doctor",
        intent="WhenToSeeDoctorIntent",
        title="When to see a doctor",
        speech=(
            "See {a_doctor} if cramps are frequent and unexplained, or last over ten minutes. "
            "Also for weakness, numbness, skin changes, spasms in your face, or a new medicine. "
            "Swelling? Go today. If things get worse, ask for a physical exam."
        ),
        follow_up="Want to hear the signs that need help right away?",
        yes_action="answer:dangerous_signs",
        questions=(
            "(do i need to|should i) get (these|my|this|the) (cramps|cramp|spasms) checked [out]",
            "when (to|should i) go to (a |the |)(doctor|gp) (for|about) (cramps|spasms)",
            "when to (see|consult|visit|go to|call) [(a|the|my)] <q_doctor> [(for|about) (muscle"
            " spasm|muscle spasms|cramps|muscle cramps|spasms|cramp)]",
            "[<q_lead>] (when|at what point|at which point|at what stage) should I (see|go to"
            "|call|visit|consult|check with) [(a|my|the)] <q_doctor> [(about|for) (my cramps"
            "|cramps|spasms|muscle cramps|muscle spasms)]",
            "(should|do) I (see|go to|need to see|need) (a|my|the) <q_doctor> [(about|for)"
            " (my cramps|cramps|this|my spasms)]",
            "when (do|should) (cramps|spasms|my cramps) (need|get) (a doctor|checked"
            "|looked at|medical help)",
            "when (should|do) I (worry|get worried) about (cramps|spasms|my cramps)",
            "should I be worried about (my cramps|my spasms|these cramps|this)",
            "(when is|is) (a cramp|my cramp|this cramp|a spasm) serious",
            "(what if|what should I do if) (my cramps|the spasms|my symptoms|it) (get worse"
            "|gets worse|keep getting worse)",
            "(do I need|should I get|when do I need) a physical exam [for (cramps|spasms)]",
            "when to (consult|see) a <q_doctor>",
        ),
        topics=(
            "walk in clinic",
            "urgent care",
            "clinic",
            "when to see a doctor", "seeing a doctor", "doctor", "doctor visit",
            "getting checked", "physical exam", "seeing a g.p.",
        ),
    ),
    Answer(
        id="dangerous_signs",
        intent="DangerousSignsIntent",
        title="Signs that need help now",
        speech=(
            "Most cramps are harmless. But call your emergency number right away for these: "
            "trouble breathing, slurred speech, or stiffness after a cut. "
            "The same goes for dark {pee} after hard exercise."
        ),
        follow_up="Want to know when {a_doctor}'s visit is enough?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "(when's|when is) a cramp (actually |really |)something to worry about",
            "what signs mean i should (go to a and e|go to the er|go to hospital|call an ambulance|get help)",
            "(when's|when is) (a |)cramp (actually |really |)something serious",
            "are muscle spasms ever dangerous",
            "[<q_lead>] are (cramps|spasms|muscle spasms|muscle cramps|charley horses)"
            " (ever|really|actually) (dangerous|serious|life threatening)",
            "can (cramps|spasms|muscle spasms|muscle cramps) (ever|really) be (dangerous"
            "|serious)",
            "(are (cramps|spasms)|is (a cramp|a spasm|this cramp)) dangerous",
            "can a (cramp|spasm) (be dangerous|kill you|be an emergency)",
            "when is a (cramp|spasm) an emergency",
            "(is this|is it) an emergency",
            "what are the (danger|warning|emergency) signs [(with|of) (cramps|spasms)]",
            "when should I (call an ambulance|go to the emergency room|go to a and e"
            "|go to the hospital|go to the e.r.)",
        ),
        topics=(
            "a and e",
            "help right away", "signs",
            "danger signs", "warning signs", "emergency signs", "emergencies",
            "dangerous cramps", "red flags",
        ),
    ),
    Answer(
        id="why_do_i_keep_cramping",
        intent="WhyDoIKeepCrampingIntent",
        title="Cramps that keep coming back",
        speech=(
            "Cramps that keep coming back can come from low fluid or minerals, tired muscles, "
            "poor blood flow, stress, or a medicine. Note when and where they hit. "
            + SEVERAL_CAUSES
        ),
        follow_up="Want to know when to see {a_doctor}?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "why (again and again i am|i am) getting (cramps|cramp) [again and again]",
            "how come i (cramp|cramp up|get cramps|keep cramping) (so much|so often|all the time)",
            "why do i keep (getting|having) (charley horses|charlie horses|cramps|spasms|muscle"
            " cramps|muscle spasms|cramp)",
            "[<q_lead>] why do I (keep cramping|keep getting cramps|keep getting spasms"
            "|cramp so much|cramp so often|get cramps so often|keep getting leg cramps"
            "|get cramps all the time|cramp all the time|keep getting cramp)",
            "[<q_lead>] why am I (always cramping|always getting cramps|cramping so much"
            "|cramping all the time|getting so many cramps)",
            "why am I always (cramping and tired|tired and cramping|so crampy)",
            "why (do I cramp|am I cramping) all over and (feel tired|feel exhausted"
            "|always tired|tired all the time)",
            "why are my (cramps|spasms) so (frequent|bad lately|often)",
            "(what's|what is) wrong with me (why do I keep cramping|I keep cramping"
            "|I'm always cramping)",
            "(I keep|I am always|I'm always) (cramping|getting cramps|getting spasms) (why"
            "|what's going on|what's causing it)",
            "what's causing (all my cramps|my constant cramps|these cramps|my cramps)",
            "why have I (been cramping|been getting cramps) (so much|lately|recently)",
            "why have I had so many cramps [lately|recently]",
        ),
        topics=(
            "frequent cramps", "constant cramps", "cramping all the time", "recurring cramps",
            "cramps that keep coming back",
        ),
    ),
)

# A question that starts with what it is about: "pickle juice for cramps, does that work",
# "potassium dose", "thyroid and cramps, is there a link". Each word below starts such a
# question; its words go, with the word, to our topic matcher (skill/language/topics.py).
# Only words that name a topic: none that start a cramp ("calf"), a control or a sign.
TOPIC_WORDS_INTENT = "TopicWordsIntent"
TOPIC_LEADS: tuple[str, ...] = (
    "adrenaline", "als", "anxiety", "artery", "asthma", "athletes", "bacteria", "banana",
    "bananas", "caffeine", "calcium", "cholesterol", "circulation", "clonic", "coffee", "cola",
    "dehydration", "diabetes", "diabetic", "dialysis", "diet", "diuretics", "dose", "drinking",
    "dystonic", "eccentric", "electrolyte", "electrolytes", "energy", "epilepsy", "espresso",
    "exercise", "fasciculations", "fluid", "fluids", "hot", "heat", "heating", "hydration",
    "hypothyroidism", "ice", "icing", "inactivity", "inhalers", "insurance", "kidney", "kidneys",
    "lockjaw", "magnesium", "medication", "medications", "medicine", "medicines", "mineral",
    "minerals", "ms", "myotonic", "neurologist", "neuropathy", "overuse", "overexertion",
    "painkillers", "physio", "physiotherapy", "pickle", "pickles", "posture", "potassium",
    "prevention", "salt", "salty", "sciatica", "sodium", "spasticity", "specialist", "sport",
    "sports", "statins", "stress", "sun", "sunlight", "supplements", "sweating", "symptoms",
    "tetanus", "thyroid", "tonic", "twitching", "vinegar", "vitamin", "vitamins", "warm",
    "water", "winter",
)


def _topic_slot(word: str) -> Slot:
    return Slot(f"topic{word.capitalize()}Words", "AMAZON.SearchQuery")


TOPIC_CARRIERS: tuple[tuple[Slot, str], ...] = tuple((_topic_slot(w), w) for w in TOPIC_LEADS)
INTENTS: tuple[IntentSpec, ...] = (
    IntentSpec(TOPIC_WORDS_INTENT, slots=tuple(slot for slot, _ in TOPIC_CARRIERS),
               samples=tuple(f"{word} {{{slot.name}}}" for slot, word in TOPIC_CARRIERS)),
)
