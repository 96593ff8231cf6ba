"""The word lists of the quotes stage, in one place (each deduplicated; a test checks it).

Written as whitespace-separated text (``nlp.words``). Lemmas are spaCy lemmas, lower-cased.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.nlp import words

# Speech and belief verbs that cue a quote (said, told, claimed, warned, believes, ...).
_CUES_BY_HAND = words(
    """
    say tell add claim warn insist argue believe think explain note state report announce write
    suggest acknowledge admit deny accuse urge ask reply respond predict estimate describe confirm
    reveal declare contend maintain assert stress emphasize emphasise complain allege recall testify
    tweet indicate conclude agree promise vow pledge threaten demand question fear expect worry feel
    caution advise recommend propose observe remark comment mention concede boast charge counter
    dismiss blast slam praise criticize criticise call hint signal forecast calculate clarify
    disclose inform assure reassure learn show find cite attack want plan support decline
    refuse know condemn encourage point continue accept oppose reject welcome hail defend blame
    credit push pressure dispute doubt suspect recognize recognise realize realise understand
    consider regard view see hope disagree concur snipe quip scoff gripe grouse retort fume marvel
    exclaim scream whisper mutter beg surmise theorize grumble gloat answer
    """
)
# Speech verbs whose object is not their content ("said on Tuesday", "told reporters").
CLAUSE_ONLY = words(
    """
    say tell add write report explain note state reply respond argue insist claim warn believe think
    announce answer continue ask speak talk testify tweet post show hope quip scoff retort exclaim
    scream whisper mutter grumble gloat fear
    """
)
# Speech verbs whose object is the hearer, never the speaker ("..., Ruiz told AFP"): no inverted
# subject after them.
HEARER_VERBS = words("tell inform assure reassure remind brief thank")
# Cues whose content is usually an object or a prepositional phrase, not a clause ("called for X").
OBJECT_CUES = words(
    """
    call cite attack support condemn criticize criticise blast slam praise describe oppose reject
    welcome hail defend blame credit accuse deny dispute demand propose recommend want plan refuse
    decline urge push promise pledge vow threaten question mention reveal announce confirm
    acknowledge
    """
)
# Titles of office right before a person's name ("Prime Minister Atal Bihari Vajpayee")
PERSON_TITLES = words(
    "minister president premier chancellor senator governor ambassador king queen prince princess "
    "secretary mayor judge justice general envoy"
)
# Roles no organisation holds: a one-word name they describe is a person, whatever the recogniser
# says ("Sagi, the former editor of a newsletter", "Angelay, the spokesman for ...").
PERSON_ONLY_ROLES = PERSON_TITLES | words(
    "spokesman spokeswoman spokesperson editor director chairman chairwoman lawyer attorney professor"
)
# Verbs of a passive aside after a comma ("Israel, believed to be the only ...": no one's words)
PASSIVE_ASIDES = words("believe think say report know consider expect rumor rumour allege estimate")
# People by renown, not office ("the former “Seinfeld” star said": the star named just before)
FAME_NOUNS = words("star champion celebrity legend icon idol heavyweight")
# Titles written before a name without a full stop ("Col Tin Hlaing", "Sen Dana Ruiz")
NAME_TITLES = words("col gen sen rep gov lt sgt capt maj adm dr prof")
# Words before a role that the entity recogniser may take into a name ("Assistant Dean Rich Honack")
ROLE_MODIFIERS = words("assistant acting former associate vice")
# Words a title leaves lower-case ("The Ground Beneath Her Feet", "Gone with the Wind")
TITLE_SMALL_WORDS = words("a an the of and or in on at to for with by from as but nor")
# Nouns of a work whose title may follow in quote marks ("his novel, “The Ground Beneath Her Feet”")
WORK_NOUNS = words(
    "book novel memoir film movie song album single show series play poem opera musical story "
    "documentary episode painting exhibition essay column article anthem slogan seller bestseller "
    "comedy sitcom drama"
)
# "the California Democrat", "the Texas Republican": a member of a party, a person
PARTY_MEMBERS = words("democrat republican")
# Verbs of need, effort, leave or duty over an infinitive cue ("have to convince", "needs to tell",
# "tried to persuade", "allows visitors to question", "are free to question", "requires the
# president to approve or reject"), and of capacity ("sufficient to support recovery"): not said yet.
UNSAID_HEADS = words(
    "have need try attempt work struggle hope intend be allow enable permit free able willing require oblige compel "
    "sufficient adequate enough"
)
# Learned cues whose object is a thing handed over, charged, planned or sought ("offered him a
# job", "issued permits", "charges $13,000", "plans a picnic", "sought the presidency", "seeking
# damages"), unless it is a noun of speech (``NOUN_CUES``: "offered praise", "issued a
# statement"); "seeking to stem his rise" stays, as PolNeAR annotates it.
THING_OBJECT_CUES = words("offer issue quote broadcast observe disclose reveal charge plan seek")
# Nouns of a view one offers or issues ("offered his assessment", "issued a warning")
VIEW_NOUNS = words(
    "assessment view views thought thoughts opinion opinions take analysis advice apology "
    "condolence condolences congratulation congratulations reassurance explanation defense defence"
)
# Written things that say something with no one named as writing them ("a card that said, “...”")
WRITTEN_THINGS = words(
    "card note sign letter notice banner poster placard message confession memo fax e-mail email"
)
# "Referring to the reopening of the case, Roscoe said: ...": a topic set before the words
REFERRING_VERBS = words("refer")
# Speech verbs whose topic follows "about", "of" or "on" ("talked about X", "warned of Y").
TOPIC_VERBS = words(
    "talk speak write warn complain testify boast brag joke comment remark think hear ask inquire"
)
# Nouns that report speech or a stance, with what follows "about", "of", "for", "on", "over" or
# "against" as the content ("his comments about X", "allegations of fraud", "calls for a ban").
NOUN_CUES = words(
    """
    comment comments remark remarks statement statements claim claims allegation allegations
    accusation accusations criticism criticisms complaint complaints question questions concern
    concerns warning warnings call calls demand demands promise promises pledge pledges praise
    argument arguments case plea pleas appeal appeals assertion assertions suggestion suggestions
    talk talks testimony charge charges denial denials threat threats attack attacks contention
    insistence
    """
)
# Verbs of judging someone "for" or "of" something: right after "Name," with no object, the
# parser's past tense is a passive participle ("Al Gore, criticized for ...": he was criticized).
JUDGING_VERBS = words("criticize criticise praise blame credit accuse fault condemn hail")
# The phrase right after the object that a verb of judging or ascribing reports with it: "blamed
# Kohl for blocking ...", "accused the mayor of lying", "attributes the crash to pilot error",
# "blamed the delay on the storm", "credited the volunteers with saving the library", "charges the
# agency with neglect".
JUDGED_FOR = {
    **{v: ("for", "of") for v in JUDGING_VERBS},
    "attribute": ("to",),
    "ascribe": ("to",),
    "blame": ("for", "of", "on"),
    "credit": ("for", "of", "to", "with"),
    "charge": ("with",),
    "refer": ("as",),
}
# Verbs whose subject is the source of the noun cue they take ("X raised questions about Y").
VOICING_VERBS = words("make issue offer voice express raise level lodge file repeat renew reiterate")
# Adjectives after an unnamed source that say whom it is near ("a person close to the case").
CLOSE_TO = words("close familiar")
# What a speaker talks "of" after an inverted cue ("said her mother of the period in 1994",
# "said the coach of the ordeal"): the topic, not part of who speaks (not "the mother of the boy").
SPOKEN_OF = words(
    "period time times era years days ordeal experience episode incident decision ruling verdict"
)
# Head nouns of an unnamed source ("one ally", "a party insider", "sources close to X").
ANON_NOUNS = words(
    """
    ally allies source sources insider insiders official officials aide aides spokesman spokeswoman
    spokesperson friend friends figure figures member members staffer staffers adviser advisers
    advisor advisors colleague colleagues supporter supporters critic critics observer observers
    analyst analysts person people someone minister ministers mp mps lawmaker lawmakers strategist
    strategists campaigner campaigners diplomat diplomats operative operatives confidant confidants
    associate associates co-worker co-workers coworker coworkers worker workers employee employees
    neighbour neighbours neighbor neighbors resident residents witness witnesses
    reader readers viewer viewers listener listeners caller callers citizen citizens
    """
)
# Nouns that name a person by role: "the commissioner said" is the nearest person named before;
# "the letter said" is no one (a document speaks for whoever wrote it, which the text must say).
PERSON_NOUNS = words(
    """
    leader chief director commissioner minister president secretary governor mayor senator judge
    chair official officer prosecutor lawyer attorney detective sheriff captain general commander
    candidate premier chancellor executive manager founder owner head ambassador envoy negotiator
    inspector investigator coroner pilot driver survivor victim doctor surgeon professor economist
    expert scientist researcher engineer teacher priest bishop king queen prince princess actor
    actress singer player coach councillor councilor representative deputy lieutenant sergeant clerk
    nurse farmer soldier student parent elder pastor voter laureate dentist physician pharmacist
    analyst historian activist lobbyist strategist consultant adviser advisor aide author writer
    editor reporter journalist columnist producer artist musician dancer athlete resident neighbor
    neighbour witness suspect defendant plaintiff complainant petitioner juror boy girl child kid
    teenager nominee frontrunner challenger incumbent host moderator dean millionaire multimillionaire billionaire
    superintendent volunteer commentator correspondent announcer anchor narrator delegate legislator
    shah emir monarch emperor empress tsar czar pope ayatollah sheikh imam rabbi cardinal
    agent rancher distributor educator opponent proponent advocate protester demonstrator patient
    fan user investor shareholder consumer shopper organizer scholar dealer trader lender insurer
    landowner militant dissident exile reformer academic cleric mogul follower participant
    respondent sponsor relative politician hard-liner paramedic programmer vendor youth assailant
    counterpart treasurer comptroller auditor alcoholic addict parolee inmate prisoner convict retiree
    merchant clothier jeweler shopkeeper grocer tailor florist butcher
    detainee
    """
)
# Nouns of a news outlet before its name ("the weekly Bahman", "the daily Jomhuri Eslami"): the
# name is the outlet's, whatever the entity recogniser took it for.
OUTLET_NOUNS = words("weekly daily newspaper paper magazine tabloid journal newsweekly broadcaster")
# A kind of medium alone, no outlet's name ("told the TV show", "No. 1 Sessional Paper"): no credit.
BARE_MEDIA_WORDS = words(
    "tv radio television newspaper paper website site magazine network channel agency wire no"
)
# Last words of a newspaper's masthead ("The New York Times", "the Harbour Gazette"): an
# organisation so named that reported something is what "the newspaper said" goes back to.
MASTHEAD_WORDS = words(
    "times post gazette chronicle herald tribune telegraph guardian ledger observer mail mirror "
    "express inquirer globe examiner register courier bulletin independent standard"
)
# Words that make an unrecognised proper name an organisation, not a person.
ORG_WORDS = words(
    """
    council authority ministry department office agency party government police commission committee
    board union association university court bank company group corporation inc ltd plc institute
    foundation service trust wire news times post gazette chronicle press network campaign coalition
    alliance federation academy society organization organisation administration center centre bureau corps
    """
)
# Words that end a department's name, whose first half the recogniser may split off ("[Energy]
# and [Mines Ministry]").
DEPARTMENT_WORDS = words("ministry ministries department departments office bureau commission committee")
# A capitalised word before a surname in a headline that is not a first name.
NOT_FIRST_NAMES = words(
    """
    will can could would should shall does did do is are was were has have had why how what when
    where who which as after before while inside meet exclusive watch breaking live analysis mr mrs
    ms miss dr sir lord lady dame rev prof president leader mayor senator free the a an about of and
    or for to in on at by with from into over
    """
)
# "in the latest poll": the poll or survey is the source of the clause.
POLL_WORDS = words("poll polls survey surveys polling")
# Verbs that give quoted words to their subject inside an "according to" sentence ("“...,” he said,
# according to a police report": his words, as the report tells them).
OWN_VOICE_CUES = words("say tell write add")
# Adverbs that make a verb tell what happens as a rule ("hearings often indicate where ..."), not once.
HABITUAL_ADVERBS = words("often usually typically always sometimes frequently normally commonly")
# Verbs whose "for" says on whose behalf, not what about ("to testify for the government").
BEHALF_VERBS = words("testify speak")
# "A poll out Monday showed Clinton with a healthy lead": what a poll, survey or study shows or
# finds is reported by it, object and all.
EVIDENCE_NOUNS = POLL_WORDS | words("study report data analysis research figure number result review audit")
# Documents that can be "it" of the next sentence ("The EU statement was issued Sunday ... It said").
DOCUMENT_NOUNS = EVIDENCE_NOUNS | words(
    """
    statement letter communique declaration resolution memo memorandum editorial ruling document
    filing brief complaint lawsuit petition note
    """
)
# Texts whose words a relative "which" can report ("the First Amendment, which says that ...").
LEGAL_TEXTS = words("law act amendment constitution clause bill treaty statute charter edict decree fatwa")
# Chinese family names, written first ("Jin Xianglong"), that the first-name lists take for a
# Western first name of one sex ("Jin" female, "Cai" male): they say nothing of the person's sex.
FAMILY_NAMES_FIRST = words("jin lin cai")
# Verbs of making a study or report: "a study prepared by X" is X's.
AUTHORING_VERBS = words("prepare conduct write compile carry lead publish release")
# Verbs by which a statement is put out ("a statement distributed by the militia").
ISSUING_VERBS = words("issue distribute circulate")
# Words of a company's name ("Steinway & Sons Inc."): "the company" may be it; a ministry may not.
COMPANY_WORDS = words("company corporation inc ltd plc group bank")
# A company's legal form after its name, as written ("Napster Inc.", "Acme Corp."): the name is a
# company's, whatever the recogniser took it for.
COMPANY_FORMS = "|".join(sorted(words("Inc Corp Co Ltd LLC plc Corporation Company")))
# Role nouns that name one role: "the vocalist" after "Public Enemy singer Chuck D" is him.
SAME_ROLE = (
    words("singer vocalist"),
    words("lawyer attorney"),
    words("doctor physician"),
    words("lawmaker legislator"),
    words("novelist writer author"),
)
# Word ends in "-ist" that name no person ("checklist", "persist"): ``_is_person_noun`` takes the rest.
NOT_IST = tuple(
    sorted(
        words(
            "checklist playlist blacklist wishlist shortlist exist sist twist wrist mist fist gist hoist joist heist"
        )
    )
)
# A body's adjective and the word its name uses ("the appellate court": "the Court of Appeals").
BODY_WORD_FORMS = {"appellate": "appeals", "judicial": "justice", "legislative": "legislature"}
# Nouns that stand for an organisation named just before ("The Frankfurt-based body said").
GENERIC_BODIES = words("body organization organisation group agency institution watchdog")
# Groups of people a study or survey can be by ("a survey by a Harvard research team")
GROUP_NOUNS = GENERIC_BODIES | words("team panel committee commission institute center centre university")
# Cues of a want or an aim, which another's words may tell of ("said Iran plans to build ...")
INTENT_CUES = words("want hope seek plan aim intend wish")
# "The statement said": a document whose issuer a sentence before may name.
STATEMENT_NOUNS = words("statement communique announcement")
# ... and what else is issued or made by name alone ("Netanyahu issued the warning here").
ISSUED_NOUNS = STATEMENT_NOUNS | words("warning appeal denial")
# Nouns of another's claim that a "that" clause after them completes ("was commenting on the
# warning given by Arafat that ...", "dismissed the allegation that ..."): the clause is the
# claim's, and what the cue reports is the claim as a whole.
CLAIM_NOUNS = ISSUED_NOUNS | words(
    "claim allegation accusation charge rumor rumour report reports suggestion assertion threat pledge"
)
# Where words were said ("..., he said, in an interview"): the setting of the cue, not its words.
SETTING_NOUNS = STATEMENT_NOUNS | words("interview conference briefing release letter speech report")
# Nouns of someone's words that sign a quote after a dash ("_ Ann Lee's description of the day"):
# the possessor is the source.
SIGNED_NOUNS = words("description account words advice reply answer response message verdict")
# Nouns of someone's own words or designs that, owned and followed by a colon, give way to their
# owner as the speaker ("His action plan: “Let the show sneak up on people.”").
OWNED_WORDS = SIGNED_NOUNS | words("plan motto mantra philosophy theory excuse prediction")
# Marks of an adverbial clause whose subject a pronoun after it refers back to ("After Barton
# remarried, he would call Smith")
OPENING_MARKS = words("after when before since once until while as")
# a condition or concession opening a clause ("If the findings are verified, they suggest ...")
CONDITION_MARKS = words("if unless although though because")
# Nouns for a quotation itself: "Consider the following quote from a Napster official: ..."
QUOTATION_NOUNS = words("quote quotation remark comment statement words")
FINDING_VERBS = words("show find suggest indicate")
# who find results, not things ("Researchers found the virus spreading faster")
FINDERS = words("researcher scientist")
# "Iran and Norway recalled their ambassadors": called home, not remembered aloud
RECALLED_PEOPLE = words("ambassador envoy diplomat minister consul emissary")
# What a disaster "claims" ("claiming 500 lives"): deaths, not a claim made.
LIVES = words("life victim casualty")
# Units of a distance "from" a place ("20 km from Jabiluka": a place, whatever the recogniser says).
DISTANCES = words("km kilometre kilometer mile metre meter foot feet yard")
# Words that tell a figure as a running total of a developing story ("bringing the total to 702",
# "have so far ratified", "arrested 702 ... since May"): a figure that can replace an earlier one.
RUNNING_TOTAL_WORDS = ("total", "tally", "toll", "so far", "since", "to date", "in all", "altogether", "now")
# Units a figure is measured in, not things counted: a story's figures in them (a plane's drop in
# feet, a park's area) are measurements of many things, never one toll moving (compare.story).
MEASURES = DISTANCES | words(
    "second minute hour square acre hectare inch pound ton tonne kilogram gram ounce degree gallon liter litre mph"
)
# What a cue says when it says nothing: "said little in court", "saying nothing as she left".
EMPTY_OBJECTS = words("nothing little")  # (PolNeAR counts "said something else", "admitted as much")
# Marks of a concession: the clause they open is set against what the cue reports, never what it
# reports ("Although reports claimed that ..., Israel has neither denied nor confirmed ...").
CONCESSIVE_MARKS = words("although though whereas")
# Cue forms that, within a few words after a one-word quote opening its sentence, make it words
# said ('"Safety," said Ada Grimm'; '"That," he added, "..."'), not a scare quote.
ANSWER_CUE_FORMS = words(
    "said says added adds asked asks answered answers replied replies told tells wrote writes explained explains"
)
# Words of a speaker's anonymity: an infinitive after them is its terms ("on condition of anonymity
# to speak freely"), not what was said.
ANONYMITY_WORDS = words("anonymity anonymous")
# words that stand for what was said before a parenthetical attribution ("And that, said Ruiz, is ...")
DEMONSTRATIVES = words("that this these those")
# Marks of a condition: a cue inside the clause they open reports what someone would say or do,
# not what was said ("if Congress wants to establish such procedures, it must amend ..."). Not
# "unless": PolNeAR annotates "unless it wants to release all its investigations" (dev relation
# 0.7203 with "if" alone, 0.7199 with "unless" too).
CONDITIONAL_MARKS = words("if")
# Verbs that keep someone from an act ("to stop the United Nations from declaring Kakadu
# endangered"): the act they govern through "from" has not happened.
PREVENTING_VERBS = words("stop prevent bar block keep ban prohibit deter discourage dissuade restrain")
# Marks of a clause whose present tense is still to come: "before he formally announces his
# candidacy", "until the minister declares her plans".
NOT_YET_MARKS = words("before until till")
# Nouns of a quantity: "the number of deaths declined", "the amount of pasture declined" (a fall,
# not a refusal).
QUANTITY_NOUNS = words("number amount rate share price percentage sales value population level total")
# Verbs that cause a state of mind: "may leave viewers wondering if ..." (a reaction the writer
# imagines, said by no one).
CAUSATIVE_VERBS = words("leave make keep get set")
# Nouns of an impression: "could get the impression that Amnesty believes ..." (someone's
# impression of a belief, not the belief).
IMPRESSION_NOUNS = words("impression")
# Verbs of finding out that, with an infinitive, learn a skill ("learned to sail"): no news learned.
SKILL_VERBS = words("learn")
# Verbs of regarding that hold a view only over a clause, or over an object and what it is held to be
# ("considers the deal a betrayal", "regard the treaty as dead"); with an object alone they do
# something else ("the Council considered a resolution"), and as a bare participle no one holds
# the view ("children now considered obese")
REGARDING_VERBS = words("consider deem regard view")
# Focus words before a source, not part of it ("even critics", "only 7 percent").
FOCUS_WORDS = words("even only just also")

# cue words that open a sentence before the speaker and the quote ("Said Teague: “...”", "Added
# Ana Ruiz, a port spokeswoman, “...”"); not "asked", which opens a question put to the speaker
FRONTED_CUES = words(
    """
    said says added adds noted notes recalled recalls explained explains wrote writes replied replies
    countered counters concluded concludes insisted insists declared declares warned warns
    continued continues
    """
)
# Verbs of the occasion a source spoke on ("Trump, speaking at a rally,"): not part of the source.
OCCASION_VERBS = words("speak talk write")
# What a person writes and leaves: "“...,” he wrote" after "Barton left the note" is Barton's.
WRITING_NOUNS = words("note letter message memo diary confession")
# Nouns set as a title before a name that is sought, not speaking ("agents searching for arson
# suspect Dario Velt have found ...").
TITLE_BEFORE_OBJECT = words("suspect fugitive")
# Verbs by which a person leaves or sends what they wrote ("left a note that said ...").
NOTE_LEAVING_VERBS = words("leave send scrawl type")
# Words for a part of a group: "Most of the members of rightist groups ... say" (some of the
# people, left unnamed; not a body named inside the phrase).
PART_WORDS = words("most many some several all half none few majority minority rest")
# What a disaster "claims": "the earthquake, which has claimed thousands of lives" (deaths, not a
# statement).
TOLL_NOUNS = words("life toll victim casualty")
# What a refusal may be of and still be about words ("declined to comment", "refused to say whether
# ...", "has refused to criticize him"); any other deed refused ("refused to sign the treaty",
# "declined to give his name") reports no words.
REFUSED_WORDS = words(
    """
    say tell comment discuss elaborate speculate identify name talk testify divulge disclose reveal
    specify characterize characterise describe confirm deny acknowledge admit answer respond reply
    explain predict apologize apologise endorse criticize criticise condemn concede rule detail
    repeat address speak disavow repudiate retract interview define
    """
)
# Verbs of knowing that take a skill, not a statement, in "how to"/"where to": "knows how to fight",
# "would know exactly where to look", "learn how to teach children reading".
KNOWING_HOW = words("know learn understand remember forget")
# Titles written short before a name that the packaged tokenizer splits from their full stop
# (unlike "Gen.", "Gov." and "Jr."), so the parser ends a sentence inside a source ("said
# Asheville Police Sgt. Randy Riddle" -> "Asheville Police Sgt"): the source goes on to the name.
# (Keeping them one token instead took PolNeAR dev relation from 0.7204 to 0.7199.)
TITLE_ABBREVIATIONS = words(
    "sgt. lt. capt. col. maj. cpl. det. insp. supt. cmdr. comdr. cdr. atty. msgr. hon. pvt. brig. "
    "spc. pfc. ens. amb. sens. reps. govs. asst. sr."
)
# A line label opening with a preposition is a heading or credit, no speaker ("For HBO: produced
# and directed by ...", "In Atlanta: ...")
LABEL_PREPOSITIONS = words("for in from with at on to of about after before during under")
# "Name: words" lines that are labels, not speakers ("Source: ...", "Editor's note: ...").
COLON_STOP = words(
    """
    source sources note update updated editor's read more watch listen photo image video related see
    also q a question answer warning breaking exclusive analysis opinion comment correction
    clarification disclaimer advertisement sponsored tags topics share subscribe follow by date
    caption credit credits contributing contributors contributor byline reporting additional written
    edited contact email filed dateline undated location next previous coming tomorrow part subscribers cast adds
    director directors starring rated producer producers writer writers
    nonsubscribers editor editors
    picture pictures actor actress song score screenplay series drama comedy musical documentary
    film album language
    """
)
# Pronouns a speaker can be, with what they can stand for (m, f, plural, first person).
PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f", "they": "p", "i": "1", "we": "p"}
# Possessive and reflexive pronouns that say a person's sex ("Ward lives with her mother").
POSSESSIVE_SEX = {"his": "m", "himself": "m", "her": "f", "hers": "f", "herself": "f"}
# Titles that give a person's gender ("Mr Corbyn", "Dame Margaret").
MALE_TITLES = words("mr mr. sir lord king prince father rev. brother")
FEMALE_TITLES = words("mrs mrs. ms ms. miss lady dame queen princess sister")
# Nouns that, owned by a pronoun ("his predecessor", "her husband"), name a second person of whom a
# later "he" or "she" may speak: such a pronoun is ambiguous.
RELATIONAL_NOUNS = words(
    """
    predecessor successor wife husband son daughter father mother brother sister boss rival
    deputy partner lawyer opponent challenger
    """
)
# Verbs of a feeling that, with an object, say what causes it ("Idaho's image began to worry the
# staff", "The cost troubles investors"): the object feels it; the subject says nothing.
CAUSED_FEELINGS = words("worry concern trouble bother")
# Office nouns that, owned by a pronoun, name the holder before or after the one owning them, with
# the words an article uses for such a holder ("his predecessor" is a "former" leader).
OFFICE_TIMES = {"predecessor": ("former", "ex"), "successor": ("new", "incoming")}
# Numbers a style guide spells out ("No. 1" in one wire is "number one" in another): the words for
# 0-10, by value.
SPELLED_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# Kin that give a second person of one gender ("Welch's mother, Wanda, ... she apologized").
FEMALE_KIN = words("mother mom wife sister daughter widow grandmother aunt girlfriend niece")
MALE_KIN = words("father dad husband brother son widower grandfather uncle boyfriend nephew")
# Prepositions of place and time: what follows them is where or when, not what was said.
PLACE_TIME_PREPS = words(
    "at in during after before since until near from by with inside outside across through"
)
# What closes a quote right before a cue ('"...," said engineer Ana Ruiz').
CLOSERS = frozenset([",", '"', "”", "’", "'", ',"', ",”", "''"])  # '' : the NYT wire style
QUOTE_CLOSERS = CLOSERS - {","}  # a closing quote mark (with its comma), not a comma alone


def _learned_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """Cue lemmas learned from PolNeAR train (scripts/train_cues.py), and lemmas it shows are rarely cues."""
    p = Path(__file__).parent / "data" / "cue-lexicon.json"
    if not p.exists():
        return frozenset(), frozenset()
    d = json.loads(p.read_text())
    return frozenset(d["cues"]), frozenset(d.get("rarely_cues", {}))


LEARNED_CUES, RARELY_CUES = _learned_lexicon()
# "Jolie would appear to have the edge", "the explosions seemed to be designed to ...": the
# writer's hedge about the subject, not something the subject said (PolNeAR sometimes counts them)
HEDGES = words("seem appear")
# Verbs the training counts made cues from a handful of PolNeAR annotations that do not report
# words or a stance of their own ("did not warrant charges", "pump money", "single out", "titled",
# "was angered by"): read on real coverage, they make quotes of things and feelings
NOT_SPEECH = words(
    """
    warrant bank hop pump scar zero trend single side float pivot strive dedicate title headline
    author order mandate veto witness forward brush distance word thrill rattle puzzle exasperate
    horrify infuriate alarm anger disappoint dismay impress explore illustrate
    """
)
CUE_LEMMAS = (_CUES_BY_HAND | LEARNED_CUES) - RARELY_CUES - HEDGES - NOT_SPEECH

# Nouns of an occasion to speak, and the verbs of saying that take them: "said at a briefing that
# ..." (the parser hangs the that-clause on the noun as a relative clause).
SPEECH_OCCASIONS = words(
    """
    conference briefing interview statement speech hearing meeting call session appearance address
    release letter post tweet email message rally debate event broadcast
    """
)
SAY_VERBS = words("say tell announce state add declare insist claim argue")
# what no one has done when negated ("has not denied the men worked for Mossad": no claim either way)
DENIAL_VERBS = words("deny confirm")
# Cues that, negated, leave a thing unsaid ("The official did not mention the figure", "did not
# disclose the price", "has not acknowledged that both men are its spies"): nothing reported; an
# open question stays ("did not disclose how much").
UNSAID_VERBS = words("mention disclose reveal specify acknowledge")
# What one says that is a rite, not a report: "they said prayers and placed flowers", "he said
# farewell again, this time to the stand-up material".
SAID_RITES = words("prayer goodbye good-bye grace mass vow rosary farewell hello amen")
# Nouns of people acting together, who can take a stand though they name no one person
# ("the civil libertarian community, which opposed the original law", "the industry had pressed").
AGENT_NOUNS = words(
    """
    community industry majority minority public country nation state side camp team family youth
    crowd mob protester demonstrator guard force army troop military regime opposition movement
    bloc people population government congress parliament senate house cabinet leadership
    administration establishment lobby region city province world delegation panel jury faction
    """
)
# Where a name in a sentence is no actor an "it" can stand for: the object of a preposition (other
# than "by" of a passive: an agent), a possessive, a word of a compound ("in Mansura", "Sun's Java").
NOT_ACTING_DEPS = frozenset({"pobj", "poss", "compound"})
# What a relative "which" or "that" may stand for and still speak or take a stand: people acting
# together, and words ("a controversial comment that described ...").
NOT_THINGS = AGENT_NOUNS | NOUN_CUES | VIEW_NOUNS | SIGNED_NOUNS
# Cues of backing that money does, not words ("enough money to support the choir program").
UPHOLDING_CUES = words("support back fund finance")
MONEY_NOUNS = words("money funds cash revenue income donations proceeds dollars")
# Cues a thing can be the subject of and still report words or findings ("the label says",
# "tests showed", "the results suggest"); after any other cue a thing acts, not speaks.
THING_CUES = SAY_VERBS | words("show find suggest indicate reveal confirm conclude estimate predict read")
# Cues only a person or a body does, never a thing or a text ("predicted", "threatened", "called
# on"): one hung on a clause whose subject is a thing ("reassured them that American law is on
# their side and predicted ...") goes back to the cue that reports that clause.
SPEAKER_ONLY_CUES = SAY_VERBS | words("predict threaten promise vow pledge urge call emphasize stress admit")
# "As X noted, ...": words that may open the sentence before "as", and cues whose addressee may
# follow them before the comma ("As Smith told the committee, ...").
AS_LEAD_INS = words("but and yet so")
ADDRESSEE_CUES = HEARER_VERBS | words("write persuade convince question")
# Cues whose person object is sought, not a demand ("to seek bombing suspect Eric Rudolph")
SEARCH_CUES = words("seek")
# Cues whose bare object is phoned or summoned ("called the sheriff", "called a meeting"), unless
# something is said of it ("called the plan a step forward")
SUMMON_CUES = words("call")
# Person nouns that say no role, or any role: "the man", "the leader" may be the lawyer or the
# vice-president named before.
GENERIC_PERSON_NOUNS = words("man woman person people boy girl men women leader official head chief figure")
# What one calls by holding it: "called the elections to try to win back legitimacy" (a purpose,
# not what the elections are called).
CALLED_EVENTS = words("election vote referendum strike meeting hearing session summit poll")
# Cues that pass on someone else's words: "quoted Andy Grove's prediction that “...”" gives Grove's
# words, not the quoter's.
RELAY_CUES = words("quote cite repeat echo")
# Nouns of a forecast that a relayed quote may hang on (besides the nouns of speech and of a view)
FORECAST_NOUNS = words("prediction predictions forecast forecasts words")
# Cues of perception: with an event as complement ("has seen his lead diminish", "watched the pier
# crumble", "heard the crowd cheering") they report what was witnessed, not words or a belief
PERCEPTION_CUES = words("see watch hear feel notice witness observe")
# ... those of looking, which report no words when they take a question or a scene (``_no_words``).
LOOKING_CUES = words("see watch witness")
# What a threat voiced names as its act ("threatened legal action"), unlike what a danger endangers.
THREATENED_ACTS = words(
    "action sanction lawsuit suit veto strike boycott retaliation reprisal war force measure"
)
# Cues that say something goes on ("he continued, “...”", "..., he continued.") but whose
# complement is an action ("Crime continues to decline", "continued searching"): no words of theirs.
ASPECT_CUES = words("continue")
# Cues of an "as" clause that attributes the main clause ("As the Gazette noted, ..."); not
# "continue", "expect", "see": "As rescue efforts continue, ..." is a time, not a source.
AS_CUES = words(
    """
    say note report write tell explain argue observe mention predict warn suggest acknowledge admit
    claim point put remark state add recall testify tweet announce describe
    """
)
# "Nothing the president said", "all she said": a relative clause whose cue reports no words.
WHAT_WAS_SAID = words("nothing everything something anything all what little much")
# "Muslims around the world, who ...": places a relative "who" reaches past to the people.
PLACE_NOUNS = words("world country state region city nation area")
# "the Duchess of York", "the Earl of Elling": a person by title, whatever the recogniser says.
NOBLE_TITLES = words("duke duchess earl countess baron baroness marquess marchioness viscount viscountess")

# Weekdays and months: words that say when, not which thing or body ("the Ministry of Employment
# Friday"). Not "march": a march is a thing.
WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")
CALENDAR = WEEKDAYS | words(
    "january february april may june july august september october november december jan feb apr jun "
    "jul aug sep sept oct nov dec"
)

# What bears words without anyone saying them there ("the wooden cross, which bore only the words:
# “...”", "an inscription: “...”"): before a colon, no speaker.
BORNE_WORDS = words("word words inscription epitaph motto slogan legend caption")

# Words before a title that make it another office: "Prime Minister" is not "the minister", nor
# "Vice President" "the president".
OTHER_OFFICE = words("prime vice deputy assistant associate")

# Verbs of wishing: in a relative clause with an infinitive ("a sophomore who wants to be a drama
# teacher"), they describe someone, they do not report what was said.
WISH_VERBS = words("want hope wish long yearn aspire")
# Pronouns that pick out people by what a relative clause says of them ("those who want to watch",
# "anyone who wants to see the race"): no one in particular.
GENERIC_PEOPLE = words("those anyone anybody everyone everybody someone somebody whoever")

# Verbs by which a thing brings someone to a belief ("His work has convinced him that ..."): the
# belief is the one convinced's.
CONVINCING_VERBS = words("convince persuade")
# Verbs by which a thing is a sign of something ("leptin signals the brain to stop eating", "a
# document that may signal a new direction"): said of a speaker only when one does it.
SIGN_VERBS = words("signal herald")
# What a threat may be of that no one voices: an act's or a thing's effect ("India exploded five
# devices, threatening to spark an arms race").
THREATENED_EFFECTS = words(
    "spark trigger cause undermine derail destabilize destabilise disrupt wreck ignite flood"
)
# Things that can threaten to do something but voice nothing ("an unworkable system threatens to
# make Americans less secure"); a noun of a process or a state (-ing, -tion, -ment, ...) as well.
DANGER_THINGS = words(
    "system plan project mine law policy bill program programme situation crisis problem disease virus "
    "storm fire flood war conflict drought shortage deficit debt rise fall spread scandal dispute"
)
DANGER_SUFFIXES = ("ing", "tion", "sion", "ment", "ism", "ity", "ness", "ance", "ence", "ure")
# What "supporting" names, not backs ("an award for supporting actress", "supporting documents").
SUPPORTING_PARTS = words("actor actress role cast player part character document documentation evidence")
# Cues of naming someone to a post ("Gore named Tony Coelho general chairman"): no words reported.
APPOINTING_CUES = words("name appoint nominate")
# Cues of calling something by a name ("The tumor, called a giant-cell tumor, ..."): set off after a
# thing, the name it is known by, not its act.
NAMING_CUES = words("call name dub label term")
# Objects of a thing that "says" something about another ("It says everything about his humor
# that ..."): the thing tells, no one says.
TELLING_OBJECTS = words("everything something much volumes plenty lot lots")
# Cues of sensing, knowing, getting or acting on something ("had seen Rudolph", "accepted a $200
# million offer", "responded to the first call"): with a thing as their object they report no
# words; a learned attribution takes only the clause they report ("found that ...") or what they
# take something "as" ("sees the race as a referendum").
SENSING_ACTING_CUES = words(
    "see watch hear feel notice witness observe know understand learn find realize realise accept "
    "calculate read issue name appoint respond meet visit recognize recognise"
)
# Cues of holding a view only with what the thing is held to be ("considers the levy a mistake",
# "regards it as a gift"); with a bare object they weigh it ("considered a proposal").
VIEW_CUES = words("consider regard")
# Cues whose bare object is no report ("showed little mercy", "added the title", "talked camp",
# "refused a polygraph test", "wrote the majority opinion", "maintains a large lead", "what they
# say television does", "referring researchers to ...", "dismissed Anwar"): an attitude, a thing
# added, a topic word, an act, a document, a standing, a misread clause, the ones sent or fired.
# What they are about still is ("talked about ...", "refused to say"), but no other phrase ("added
# 100 million dollars for an assault ship": what the money is for).
BARE_OBJECT_CUES = words("show add talk refuse decline write maintain say refer dismiss")
# Verbs by which a subject voices a stance noun as its own ("expressed support for", "gave a
# speech on"), beside ``VOICING_VERBS``.
STANCE_VOICING_VERBS = words("express voice offer give make deliver issue announce reiterate declare")
# Cues the quote rules alone read: "was quoted as saying" reports through "saying"; "continue"
# is more often a strike or a search going on than a speaker going on.
RULES_ONLY_CUES = words("quote continue")
# Clause relations that carry a proposition, not a thing.
CLAUSE_DEPS = words("ccomp xcomp advcl acl")
# Prepositions that open what a cue is about ("talked about", "called for", "voted against"), not
# where or when it was said ("writes in the Journal").
# ("to" and "with" are left out: "talking to ABC Radio" names the hearer, "voted with his
# colleagues" the company.)
TOPIC_PREPS = words("about of for on over against as regarding")
# Cues whose topic only "about", "of" or "on" opens ("writes for the Journal": an employer), as for
# ``BARE_OBJECT_CUES``.
WRITING_CUES = words("write pen author blog post publish")
# Cues of asking someone to act ("has asked Woods Hole experts to ...", "urged organizations such
# as the Red Cross to ..."): a person or a body as their object is the one asked, not the request.
ASKING_CUES = words("ask urge encourage invite implore beg press call demand")
# Marks of a clause that sets a time, a cause or a condition ("promised ... if the judge agrees"):
# no words of the cue's.
SETTING_MARKS = words("if when whenever because since as while after before until unless though although")
# Verbs of taking a side ("Harlow backs the levy", "voted against the bill"), of holding a view
# ("considers the levy a mistake") or of speaking on something ("spoke about the levy",
# "compared the levy to a toll"): a stance or a topic, which a learned attribution may report though
# the quote rules do not take them for cues. ("attack" is left out: "a group of teen-agers
# attacked a man" is a blow, not a stance; nor "share": "shared the award".)
STANCE_VERBS = words(
    "support back favor favour champion challenge oppose vote embrace reject consider regard speak compare"
)
# Nouns of a stance or a view, beside ``NOUN_CUES``, that a learned attribution may report when
# the text says whose they are ("his support for the levy", "Okafor's endorsement of Ruiz").
STANCE_NOUNS = words(
    "support endorsement opposition view views position stance proposal plan request decision "
    "message speech announcement vow approval rejection objection defense defence"
)
# Nouns of speech that a learned attribution leaves to the rules: "case" is mostly a lawsuit
# ("Maryland's case against Linda Tripp").
RULES_ONLY_NOUNS = words("case cases")
