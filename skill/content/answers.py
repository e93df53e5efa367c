"""Answers to the questions people ask, written for the ear from the seeds' facts.

Rules every answer keeps (tests/test_content.py checks them):
- ``speech`` is 40 spoken words or fewer, in short sentences, second person.
- Supplements and medicines: only the seeds' general figures, and "check with your doctor first".
- Conditions: never a diagnosis. "That can have several causes; a doctor can check."
- ``questions`` are sample utterances: lowercase (bar "I"), no digits, no punctuation but
  apostrophes, none of ask / tell / open / launch / talk to, unique across the whole model.
- No ``{emergency_number}`` here: answer cards print the speech as plain text.
"""

from .schema import Answer

# Spelled out letter by letter: Alexa can read "MS" as "Miss".
_ALS = "<say-as interpret-as='characters'>ALS</say-as>"
_MS = "<say-as interpret-as='characters'>MS</say-as>"

# Said whenever a condition comes up: we never diagnose.
SEVERAL_CAUSES = "That can have several causes; a doctor can check."

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
            "what is a cramp",
            "what's a cramp",
            "what exactly is a cramp",
            "what is a muscle cramp",
            "what is a muscle spasm",
            "what is a charley horse",
            "what's a charley horse",
            "why is it called a charley horse",
            "what happens when a muscle cramps",
            "is a spasm the same as a cramp",
            "what's the difference between a cramp and a spasm",
            "what's the difference between a spasm and splinting",
            "how is splinting different from a spasm",
        ),
        topics=("spasms", "muscle spasms", "charley horses", "splinting", "cramp versus spasm"),
    ),
    Answer(
        id="night_cramps",
        intent="NightCrampsIntent",
        title="Why cramps come at night",
        speech=(
            "Night cramps often come from two things together. "
            "You lost fluid during the day, and your muscles are tired. "
            "Try a glass of electrolyte water before bed, and stretch your calves."
        ),
        follow_up="Want me to guide you through a calf stretch?",
        yes_action="stretch:calf",
        questions=(
            "why do I cramp at night",
            "why do I get leg cramps at night",
            "why do my legs cramp at night",
            "why do I get cramps at night",
            "why do cramps happen at night",
            "why do I get cramps in bed",
            "why do my calves cramp at night",
            "what causes night cramps",
            "what causes leg cramps at night",
            "why do I wake up with a cramp",
            "why do cramps wake me up",
            "why do I get charley horses at night",
            "why does my leg cramp when I sleep",
            "why do I cramp in my sleep",
        ),
        topics=(
            "night cramps", "cramps at night", "night time cramps", "nighttime cramps",
            "nocturnal cramps", "leg cramps at night", "night leg cramps",
        ),
    ),
    Answer(
        id="how_long",
        intent="HowLongCrampsLastIntent",
        title="How long a cramp lasts",
        speech=(
            "Most cramps last from a few seconds to a few minutes. "
            "Keep stretching gently while it passes. "
            "If one goes past ten minutes, see a doctor. " + SEVERAL_CAUSES
        ),
        follow_up="Want to know when else a cramp needs a doctor?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "how long do cramps last",
            "how long does a cramp last",
            "how long should a cramp last",
            "how long is too long for a cramp",
            "how long can a spasm last",
            "how long can a cramp last",
            "when will this cramp stop",
            "will it stop soon",
            "is it normal for a cramp to last this long",
            "when does a cramp go away",
            "how long till it stops",
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
            "what causes cramps",
            "what causes muscle cramps",
            "what causes muscle spasms",
            "what causes spasms",
            "why do I get cramps",
            "why do muscles cramp",
            "why do muscles spasm",
            "why do cramps happen",
            "what makes a muscle cramp",
            "what triggers a cramp",
            "what triggers muscle cramps",
            "where do cramps come from",
            "what are the causes of cramps",
            "why did I get a cramp",
            "why do I keep getting cramps",
        ),
        topics=(
            "causes", "causes of cramps", "cramp causes", "the seven culprits", "culprits",
            "common causes", "reasons for cramps",
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
            "do electrolytes cause cramps",
            "how do electrolytes affect cramps",
            "are my electrolytes causing cramps",
            "can an electrolyte imbalance cause cramps",
            "what is an electrolyte imbalance",
            "why do electrolytes matter for cramps",
            "do I need electrolytes for cramps",
            "how do minerals affect cramps",
            "do low minerals cause cramps",
            "why do I cramp after sweating",
            "why do I cramp after sports",
            "does sweating cause cramps",
        ),
        topics=(
            "electrolytes", "electrolyte imbalance", "low electrolytes", "minerals",
            "sweating", "heavy sweating",
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
            "does dehydration cause cramps",
            "how does dehydration cause cramps",
            "why does dehydration cause cramps",
            "is dehydration causing my cramps",
            "is my cramp from dehydration",
            "are cramps a sign of dehydration",
            "can being dehydrated cause cramps",
            "do I cramp because I'm dehydrated",
            "am I dehydrated",
            "does not drinking enough water cause cramps",
            "does being thirsty cause cramps",
        ),
        topics=("dehydration", "not drinking enough", "fluid loss"),
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
            "does overuse cause cramps",
            "does overexertion cause cramps",
            "do tired muscles cramp",
            "why do I cramp after exercise",
            "why do I cramp after a workout",
            "why do I get cramps after working out",
            "why do muscles cramp after exercise",
            "why do I cramp during exercise",
            "why do I get cramps when I run",
            "why did my back spasm after lifting",
            "why do I cramp after moving furniture",
            "do I cramp because I overdid it",
        ),
        topics=(
            "muscle overuse", "overuse", "overexertion", "muscle fatigue", "tired muscles",
            "exercise cramps",
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
            "does poor circulation cause cramps",
            "is my cramp from poor circulation",
            "how does circulation affect cramps",
            "does blood flow affect cramps",
            "why do my feet cramp on flights",
            "why do I cramp on long flights",
            "why do I cramp on a plane",
            "why do my feet cramp when I sit",
            "can tight shoes cause cramps",
            "do tight clothes cause cramps",
            "can poor blood flow cause cramps",
        ),
        topics=("poor circulation", "circulation", "blood flow", "bad circulation"),
    ),
    Answer(
        id="nerve_compression",
        intent="NerveCompressionIntent",
        title="Pinched nerves and spasms",
        speech=(
            "A pinched nerve, from a bulging disc or slumped posture, can send false signals "
            "to a muscle. Think of sciatica with back or leg spasms. " + SEVERAL_CAUSES
        ),
        follow_up="Want to hear which specialist can help?",
        yes_action="answer:specialists",
        questions=(
            "can a pinched nerve cause cramps",
            "does a pinched nerve cause spasms",
            "how do pinched nerves cause spasms",
            "does sciatica cause spasms",
            "can sciatica cause back spasms",
            "can a herniated disc cause cramps",
            "can a slipped disc cause spasms",
            "do nerve problems cause cramps",
            "is my cramp from a nerve",
            "can bad posture pinch a nerve",
        ),
        topics=(
            "nerve compression", "pinched nerve", "pinched nerves", "compressed nerve",
            "sciatica", "herniated disc", "slipped disc",
        ),
    ),
    Answer(
        id="medication_side_effects",
        intent="MedicationSideEffectsIntent",
        title="Medicines as a cause of cramps",
        speech=(
            "Some medicines drain your minerals. Water pills, often used for blood pressure, "
            "flush out potassium and magnesium, so cramps can start soon after. "
            "Don't stop a medicine on your own. Check with your doctor first."
        ),
        follow_up="Want to hear which other medicines are linked to cramps?",
        yes_action="answer:medications",
        questions=(
            "can my medicine cause cramps",
            "can my medication cause cramps",
            "can my pills cause cramps",
            "can my meds cause cramps",
            "are my cramps a side effect",
            "are cramps a side effect of medication",
            "could my medicine be causing cramps",
            "is my medication causing cramps",
            "do medicine side effects cause cramps",
            "why did cramps start after my new pills",
            "can blood pressure pills cause cramps",
            "can blood pressure medicine cause cramps",
        ),
        topics=(
            "medication side effects", "side effects", "medicine side effects",
            "drug side effects",
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
            "does stress cause cramps",
            "does stress cause muscle spasms",
            "how does stress cause cramps",
            "can being stressed cause spasms",
            "is stress making my muscles tight",
            "why does stress make my neck tight",
            "why do I get neck spasms at work",
            "why do my shoulders spasm when I'm stressed",
            "why do I get shoulder spasms when stressed",
            "do deadlines cause cramps",
            "does adrenaline cause cramps",
        ),
        topics=("chronic stress", "stress", "adrenaline", "work stress"),
    ),
    # --- The sneaky triggers, medicines, stress ------------------------------------------
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
            "what are the sneaky triggers",
            "what are hidden causes of cramps",
            "what triggers cramps that people miss",
            "does vitamin d help cramps",
            "can low vitamin d cause cramps",
            "does posture cause cramps",
            "can bad posture cause back spasms",
            "does slouching cause spasms",
            "can sitting cause cramps",
            "does cold weather cause cramps",
            "can cold cause cramps",
            "why do I cramp in winter",
            "why do I cramp when it's cold",
        ),
        topics=(
            "sneaky triggers", "hidden triggers", "vitamin d", "posture", "sitting posture",
            "slouching", "cold weather", "winter",
        ),
    ),
    Answer(
        id="medications",
        intent="MedicationsIntent",
        title="Medicines linked to cramps",
        speech=(
            "Three kinds are linked to cramps. Water pills, or diuretics, can lower potassium "
            "and magnesium. Statins for cholesterol are linked to cramps and weakness. "
            "Some asthma drugs, called bronchodilators, list cramps too. "
            "Check with your doctor first."
        ),
        follow_up="Want to know when cramps need a doctor?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "which medications cause cramps",
            "which medicines cause cramps",
            "what medicines cause cramps",
            "what drugs cause cramps",
            "which pills cause cramps",
            "do statins cause cramps",
            "are statins causing my cramps",
            "can statins cause muscle pain",
            "do diuretics cause cramps",
            "do water pills cause cramps",
            "do cholesterol pills cause cramps",
            "do asthma inhalers cause cramps",
            "do bronchodilators cause cramps",
        ),
        topics=(
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
            "can anxiety really cause spasms",
            "does anxiety cause cramps",
            "does anxiety cause muscle spasms",
            "how do I calm down",
            "how do I relax my muscles",
            "how can I calm my muscles",
            "how do I do box breathing",
            "teach me box breathing",
            "give me a breathing exercise",
            "a breathing exercise for stress",
            "how does breathing help cramps",
        ),
        topics=(
            "anxiety", "stress and anxiety", "box breathing", "breathing exercise",
            "breathing exercises", "relaxation", "being anxious",
        ),
    ),
    # --- What to eat, drink and take ---------------------------------------------------------
    Answer(
        id="pickle_juice",
        intent="PickleJuiceIntent",
        title="Pickle juice",
        speech=(
            "The science is mixed. The vinegar may spark a nerve reflex that relaxes the muscle, "
            "or the salt may be what helps. It's very salty, so check with your doctor first "
            "if you watch your salt."
        ),
        follow_up="Want to hear about salt and cramps?",
        yes_action="answer:salt",
        questions=(
            "does pickle juice stop cramps",
            "does pickle juice help cramps",
            "does pickle juice really work",
            "does drinking pickle juice help",
            "can pickle juice stop a cramp",
            "will pickle juice help my cramp",
            "why does pickle juice help cramps",
            "should I drink pickle juice",
            "should I take a shot of pickle juice",
            "how much pickle juice should I drink",
            "do pickle juice shots work",
            "is pickle juice a cure for cramps",
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
            "A pinch in your water can help. Check with your doctor first if your blood pressure is high."
        ),
        follow_up="Want to know how much to drink?",
        yes_action="answer:hydration",
        questions=(
            "does salt help cramps",
            "how does salt help cramps",
            "will salt stop my cramps",
            "should I eat more salt",
            "do I need more salt",
            "can a lack of salt cause cramps",
            "does low salt cause cramps",
            "does sodium help cramps",
            "can low sodium cause cramps",
            "should I put salt in my water",
            "does salty food help cramps",
        ),
        topics=("salt", "sodium", "sea salt", "salty food", "lack of salt"),
    ),
    Answer(
        id="magnesium",
        intent="MagnesiumIntent",
        title="Magnesium",
        speech=(
            "Magnesium helps your muscles relax. A general figure is 300 to 400 milligrams a day. "
            "Eat pumpkin seeds, almonds, leafy greens, whole grains, or a little dark chocolate. "
            "Thinking of a supplement? Check with your doctor first."
        ),
        follow_up="Want to hear about potassium too?",
        yes_action="answer:potassium",
        questions=(
            "should I take magnesium",
            "does magnesium help cramps",
            "can magnesium stop cramps",
            "does low magnesium cause cramps",
            "how much magnesium do I need",
            "how much magnesium should I take",
            "how much magnesium a day",
            "do I need more magnesium",
            "what foods have magnesium",
            "which foods are high in magnesium",
            "where do I get magnesium",
            "should I take a magnesium supplement",
            "what's a natural muscle relaxer",
        ),
        topics=(
            "magnesium", "magnesium supplements", "magnesium foods", "natural muscle relaxers",
        ),
    ),
    Answer(
        id="potassium",
        intent="PotassiumIntent",
        title="Potassium",
        speech=(
            "A general goal is about 3500 milligrams of potassium a day. One banana has 422 milligrams. "
            "Potatoes, spinach, and avocados are good sources too. Thinking of a supplement? "
            "Check with your doctor first; it can affect your heart rhythm."
        ),
        follow_up="Want to hear about magnesium too?",
        yes_action="answer:magnesium",
        questions=(
            "does potassium help cramps",
            "does low potassium cause cramps",
            "how much potassium do I need",
            "how much potassium a day",
            "how much potassium is in a banana",
            "do I need more potassium",
            "should I take potassium",
            "what foods have potassium",
            "which foods are high in potassium",
            "do bananas help cramps",
            "are bananas good for cramps",
            "should I eat a banana",
            "will a banana stop my cramp",
        ),
        topics=("potassium", "bananas", "banana", "potassium foods"),
    ),
    Answer(
        id="supplements",
        intent="SupplementsIntent",
        title="Supplements for cramps",
        speech=(
            "Magnesium, calcium, or potassium pills may help cramps that come from low minerals. "
            "But they can affect your heart rhythm, so check with your doctor first. "
            "Food is a good place to start."
        ),
        follow_up="Want to hear which foods have magnesium?",
        yes_action="answer:magnesium",
        questions=(
            "should I take supplements for cramps",
            "which supplements help cramps",
            "what supplements help cramps",
            "do supplements help cramps",
            "are supplements safe for cramps",
            "should I take a mineral supplement",
            "should I take calcium",
            "does calcium help cramps",
            "can I take vitamins for cramps",
            "what vitamins help cramps",
        ),
        topics=(
            "supplements", "mineral supplements", "calcium", "calcium supplements", "vitamins",
        ),
    ),
    Answer(
        id="muscle_relaxants",
        intent="MuscleRelaxantsIntent",
        title="Muscle relaxants",
        speech=(
            "Over the counter muscle relaxants help some people. "
            "Check with your doctor first, and take them only as directed. "
            "Stretching, gentle rubbing, and warmth are good first steps."
        ),
        follow_up="Want to know whether heat or cold is better?",
        yes_action="answer:heat_or_cold",
        questions=(
            "should I take a muscle relaxant",
            "can I take muscle relaxers",
            "do muscle relaxants help cramps",
            "what can I take for cramps",
            "what can I take for the cramp",
            "is there a pill for cramps",
            "what medicine helps cramps",
            "should I take a painkiller",
            "do painkillers help cramps",
            "over the counter medicine for cramps",
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
            "Watching your salt? Check with your doctor first."
        ),
        follow_up="Want to know why cramps come at night?",
        yes_action="answer:night_cramps",
        questions=(
            "how much water should I drink",
            "how much water do I need",
            "how much should I drink",
            "how should I drink water",
            "does drinking water help cramps",
            "will water help my cramp",
            "should I drink more water",
            "should I drink electrolytes",
            "are sports drinks good for cramps",
            "is it bad to chug water",
            "how do I stay hydrated",
            "what should I drink for cramps",
        ),
        topics=(
            "hydration", "water", "drinking water", "electrolyte drinks", "electrolyte water",
            "sports drinks", "staying hydrated",
        ),
    ),
    # --- Knowing a cramp ----------------------------------------------------------------------
    Answer(
        id="tonic_clonic",
        intent="SpasmTypesIntent",
        title="Tonic and clonic spasms",
        speech=(
            "Doctors sort spasms into two kinds. Tonic means one long, rigid squeeze "
            "that can last seconds or minutes. Clonic means rhythmic jerks, tightening and "
            "letting go over and over. Frequent ones are worth a doctor's check."
        ),
        follow_up="Want to know when to see a doctor?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "what is a tonic spasm",
            "what's a tonic spasm",
            "what is a clonic spasm",
            "what's a clonic spasm",
            "what does tonic mean",
            "what does clonic mean",
            "what's the difference between tonic and clonic",
            "tonic versus clonic",
            "what are the types of spasms",
            "what kinds of spasms are there",
            "are there different types of spasms",
        ),
        topics=(
            "tonic spasms", "clonic spasms", "tonic and clonic spasms", "types of spasms",
            "kinds of spasms", "spasm types",
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
        follow_up="Want to know when a cramp needs a doctor?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "what are the symptoms of a cramp",
            "what are the signs of a cramp",
            "what are the signs of a muscle spasm",
            "what symptoms come with cramps",
            "what does a cramp feel like",
            "what does a muscle spasm feel like",
            "how do I know it's a cramp",
            "how do I know if I'm having a cramp",
            "how do I spot a cramp coming",
            "is this a cramp",
            "am I having a cramp",
        ),
        topics=("symptoms", "cramp symptoms", "signs of a cramp", "spasm symptoms"),
    ),
    Answer(
        id="how_common",
        intent="HowCommonIntent",
        title="How common cramps are",
        speech=(
            "Very common. More than half of adults in the United States get muscle cramps "
            "at some point. About 6 percent get them at night. So you're far from alone."
        ),
        follow_up="Want to know why cramps come at night?",
        yes_action="answer:night_cramps",
        questions=(
            "how common are cramps",
            "how common are muscle cramps",
            "how common are night cramps",
            "how many people get cramps",
            "how many people get leg cramps at night",
            "is it normal to get cramps",
            "is it common to cramp at night",
            "are cramps normal",
            "does everyone get cramps",
            "do lots of people get cramps",
            "am I the only one who gets cramps",
        ),
        topics=("how common cramps are", "cramp statistics", "statistics", "prevalence"),
    ),
    Answer(
        id="tetanus",
        intent="TetanusIntent",
        title="Tetanus",
        speech=(
            "Tetanus is a germ that gets in through cuts and wounds. "
            "Its toxin upsets your nerves and causes severe, painful spasms. "
            "If you get stiffness or spasms after a wound, get medical help right away."
        ),
        follow_up="Want to hear the other signs that need help right away?",
        yes_action="answer:dangerous_signs",
        questions=(
            "does tetanus cause spasms",
            "how do you get tetanus",
            "how does tetanus get in",
            "what are the signs of tetanus",
            "should I worry about tetanus",
            "could my spasms be tetanus",
            "is lockjaw the same as tetanus",
            "what bacteria cause spasms",
            "what germ causes spasms",
            "can an infection cause spasms",
            "can a cut cause spasms",
            "can a wound cause cramps",
        ),
        topics=("tetanus", "lockjaw", "bacteria", "infection", "tetanus bacteria"),
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
        follow_up="Want to know when to see a doctor?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "what conditions cause cramps",
            "what diseases cause cramps",
            "what illnesses cause cramps",
            "what medical problems cause cramps",
            "what health problems cause spasms",
            "are cramps linked to any conditions",
            "are cramps a sign of disease",
            "can cramps be a sign of something serious",
            "can cramps mean something is wrong",
            "could my cramps be a disease",
            "is something wrong with me",
        ),
        topics=(
            "conditions", "medical conditions", "health conditions", "underlying conditions",
            "diseases", "illnesses",
        ),
    ),
    Answer(
        id="peripheral_artery_disease",
        intent="PeripheralArteryDiseaseIntent",
        title="Peripheral artery disease",
        speech=(
            "Peripheral artery disease narrows the arteries in your legs. "
            "It can bring calf cramps after walking short distances. " + SEVERAL_CAUSES
            + " One simple test compares the blood pressure at your ankle and arm."
        ),
        follow_up="Want to hear which specialist can help?",
        yes_action="answer:specialists",
        questions=(
            "does peripheral artery disease cause cramps",
            "is peripheral artery disease causing my cramps",
            "what's peripheral artery disease",
            "do clogged arteries cause leg cramps",
            "why do my calves cramp when I walk",
            "why do my legs cramp when I walk",
            "why does walking give me calf cramps",
            "why do I cramp after walking a short way",
        ),
        topics=(
            "peripheral artery disease", "pad", "p a d", "artery disease", "blocked arteries",
            "clogged arteries",
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
        follow_up="Want to know when to see a doctor?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "does hypothyroidism cause cramps",
            "what's hypothyroidism",
            "can an underactive thyroid cause cramps",
            "can low thyroid cause muscle cramps",
            "can thyroid problems cause cramps",
            "does my thyroid cause cramps",
            "is my thyroid causing cramps",
            "why do I cramp all over and feel tired",
            "why am I cramping and always tired",
        ),
        topics=("hypothyroidism", "underactive thyroid", "thyroid", "low thyroid"),
    ),
    Answer(
        id="als",
        intent="AlsIntent",
        title="ALS and twitching",
        speech=(
            f"{_ALS} is a nerve disease. It brings twitching with weakness that slowly "
            "gets worse, not cramps alone. Most twitches are harmless. " + SEVERAL_CAUSES
            + " A nerve exam is a common first step."
        ),
        follow_up="Want to hear which specialist can help?",
        yes_action="answer:specialists",
        questions=(
            "do cramps mean I have als",
            "do I have als",
            "am I getting als",
            "could this be als",
            "is my twitching als",
            "is twitching a sign of als",
            "does twitching mean als",
            "are cramps a sign of als",
            "does als cause twitching",
            "should I worry about als",
            "what's lou gehrig's disease",
        ),
        topics=(
            "als", "a l s", "lou gehrig's disease", "lou gehrigs disease",
            "motor neuron disease", "amyotrophic lateral sclerosis",
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
            "does multiple sclerosis cause spasms",
            "does multiple sclerosis cause cramps",
            "can multiple sclerosis cause stiffness",
            "what's multiple sclerosis",
            "does ms cause spasms",
            "does ms cause cramps",
            "is my spasm from ms",
            "could my cramps be ms",
            "are spasms a sign of ms",
            "do people with ms get spasms",
            "do I have ms",
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
        follow_up="Want to know when to see a doctor?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "does diabetes cause cramps",
            "can diabetes cause muscle cramps",
            "are my cramps from diabetes",
            "is my diabetes causing cramps",
            "do diabetics get more cramps",
            "why do I cramp with diabetes",
            "does high blood sugar cause cramps",
            "does neuropathy cause spasms",
            "what's diabetic neuropathy",
        ),
        topics=("diabetic neuropathy", "diabetes", "neuropathy", "diabetic nerve damage"),
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
        follow_up="Want to know when to see a doctor?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "does kidney disease cause cramps",
            "can kidney problems cause cramps",
            "can kidney failure cause muscle cramps",
            "can bad kidneys cause cramps",
            "do kidney issues cause cramps",
            "are my cramps from my kidneys",
            "is my kidney causing cramps",
            "what do kidneys have to do with cramps",
            "does dialysis cause cramps",
            "why do people on dialysis cramp",
        ),
        topics=("kidney disease", "kidneys", "kidney failure", "dialysis"),
    ),
    # --- Getting help, prevention, relief choices ------------------------------------------
    Answer(
        id="specialists",
        intent="SpecialistIntent",
        title="Which specialist, and typical US cost",
        speech=(
            "Start with a physical therapist, about 75 to 150 dollars a session. "
            "For nerve problems, a neurologist, 250 to 500 dollars a consult. "
            "For exercise cramps, sports medicine, 150 to 300 dollars a visit. "
            "Those are typical American prices."
        ),
        follow_up="Want to know when a cramp needs a doctor?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "what kind of doctor should I see",
            "which doctor treats cramps",
            "who should I see for cramps",
            "who treats muscle spasms",
            "what specialist treats cramps",
            "which specialist helps with spasms",
            "should I see a physical therapist",
            "should I see a neurologist",
            "does physical therapy help cramps",
            "how much does a physical therapist cost",
            "how much does a neurologist cost",
            "how much is a sports medicine doctor",
            "what does a specialist cost",
        ),
        topics=(
            "specialists", "specialist", "physical therapist", "physical therapy",
            "neurologist", "sports medicine", "sports medicine doctor", "doctor costs",
            "cost of a specialist",
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
            "how do I prevent cramps",
            "how can I prevent cramps",
            "how do I prevent muscle spasms",
            "how do I prevent night cramps",
            "how do I prevent leg cramps",
            "how do I avoid cramps",
            "how can I avoid cramps at night",
            "how do I stop getting cramps",
            "how can I stop cramps coming back",
            "how do I stop cramps from happening",
            "how do I keep cramps away",
            "what can I do to prevent cramps",
            "tips to prevent cramps",
        ),
        topics=(
            "prevention", "preventing cramps", "cramp prevention", "avoiding cramps",
            "prevention tips", "diet",
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
            "which stretches help cramps",
            "what stretches help cramps",
            "what stretches help with cramps",
            "what stretches prevent cramps",
            "what's the best stretch for cramps",
            "which stretch is best for a cramp",
            "does stretching help cramps",
            "do stretches help cramps",
            "should I stretch a cramp",
            "how does stretching help",
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
            "should I use heat or ice",
            "should I use heat or cold",
            "is heat or cold better",
            "ice or heat for a cramp",
            "hot or cold for a cramp",
            "should I put ice on it",
            "should I use a heating pad",
            "should I use a cold pack",
            "does heat help cramps",
            "does ice help cramps",
            "should I take a warm bath",
            "is a hot bath good for cramps",
        ),
        topics=(
            "heat or cold", "ice or heat", "heat", "ice", "heating pad", "heat pad", "ice pack",
            "cold pack", "warm bath", "hot bath",
        ),
    ),
    Answer(
        id="when_to_see_doctor",
        intent="WhenToSeeDoctorIntent",
        title="When to see a doctor",
        speech=(
            "See a doctor if cramps come often for no clear reason, or last over ten minutes. "
            "Also if they bring weakness, numbness, or skin changes, hit your face or mouth, "
            "or follow a new medicine. Swelling? Go today."
        ),
        follow_up="Want to hear the signs that need help right away?",
        yes_action="answer:dangerous_signs",
        questions=(
            "when should I see a doctor",
            "should I see a doctor",
            "should I go to the doctor",
            "do I need a doctor",
            "do I need to see a doctor",
            "when do cramps need a doctor",
            "when should I get my cramps checked",
            "when do I need medical help for cramps",
            "when should I worry about cramps",
            "should I be worried about my cramps",
            "when is a cramp serious",
            "is my cramp serious",
        ),
        topics=(
            "when to see a doctor", "seeing a doctor", "doctor", "doctor visit",
            "getting checked",
        ),
    ),
    Answer(
        id="dangerous_signs",
        intent="DangerousSignsIntent",
        title="Signs that need help now",
        speech=(
            "Most cramps are harmless. But call your emergency number right away for these: "
            "trouble breathing, slurred speech, or stiffness after a cut. "
            "The same goes for dark urine after hard exercise."
        ),
        follow_up="Want to know when a doctor's visit is enough?",
        yes_action="answer:when_to_see_doctor",
        questions=(
            "are cramps dangerous",
            "are cramps ever dangerous",
            "are muscle spasms dangerous",
            "are spasms ever serious",
            "can a cramp be dangerous",
            "can a cramp kill you",
            "when is a cramp an emergency",
            "is this an emergency",
            "what are the danger signs",
            "what are the warning signs",
            "when should I call an ambulance",
            "when should I go to the emergency room",
        ),
        topics=(
            "danger signs", "warning signs", "emergency signs", "emergencies",
            "dangerous cramps", "red flags",
        ),
    ),
)
