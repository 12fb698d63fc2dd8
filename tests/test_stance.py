import pytest

from claims.stance import lexicon_stance, score_stance


@pytest.mark.parametrize("sentence,stance", [
    ("Moon agreed with Xi to deepen cooperation and restore trust.", 1),
    ("The president sharply criticized Beijing over the dispute.", -1),
    ("Seoul will not improve ties with Beijing this year.", -1),
    ("The office denied any thaw with China.", -1),
    ("Officials said there will be no change in the policy toward China.", 0),
    ("The minister said Seoul cannot choose between Washington and Beijing.", 0),
    ("Lee seeks to balance relations between the two powers.", 0),
    ("The weather in Seoul was mild on Tuesday.", 0),
    ("Yoon's pro-US tilt has damaged China-South Korea relations, experts said.", -1),
    ("Relations soured sharply under Yoon.", -1),
    ("Beijing lodged a formal complaint over Yoon's remarks.", -1),
    ("Yoon's government has kept its distance from Beijing.", -1),
    ("Moon moved to repair ties and resume exchanges with Beijing.", 1),
    ("Lee hopes to normalize relations with China.", 1),
    ("Han expressed concern over China's military drills near Taiwan.", -1),
    ("There are concerns in the West that this approach could weaken the alliance.", 0),
    ("Yoon said Seoul would not bow to Chinese pressure.", -1),
    ("Moon sought to mend ties with Beijing after the THAAD dispute.", 1),  # naming THAAD is not cooling
    # Negation reaches past fillers ("any", "to") but not past its clause or a non-negating "no doubt".
    ("Yoon said his administration would not join any effort to contain China.", 1),
    ("There is no doubt that Seoul will deepen ties with Beijing.", 1),
    ("Lee not only deepened trade ties with China but also expanded exchanges.", 1),
    ("Moon did not attend the parade, but he welcomed the visit by Xi.", 1),
    ("The governor pledged to improve ties with China.", 1),  # "governor" ends in "nor": no negation
    ("Yoon didn’t criticize Beijing.", 1),
    ("Relations with China are unlikely to improve soon.", -1),
    ("Kim said before leaving that he hoped to build trust with China.", 1),  # inflected cue forms
    ("Xi promised to seriously consider the proposal Han made.", 1),
    # A relative clause about the predecessor's era is background; a main clause about it is not.
    ("Lee said he would reset relations with China, which soured under his predecessor.", 1),
    ("Lee sought to repair ties with Beijing that deteriorated under his predecessor Yoon.", 1),
    ("Relations with China were strained under the previous administration.", -1),
    # Common news phrasings of a line toward China.
    ("Lee vowed to put relations with China back on track.", 1),
    ("Yoon has taken a tougher line on Beijing than his predecessor.", -1),
    ("Yoon rejected Beijing's demand to halt joint drills.", -1),
    ("Beijing imposed sanctions on South Korean firms after Yoon's remarks.", -1),
    ("Yoon expressed regret over China's lack of action on North Korea.", -1),
    ("The government lifted restrictions on Chinese tourists.", 1),
    ("Lee described China as an important partner.", 1),
    ("The two sides signed six agreements on trade and investment.", 1),
    ("Yoon skipped the Chinese leader's reception.", -1),
    ("Yoon said Seoul would stand firm against Chinese pressure.", -1),
    ("Lee hailed the summit as a turning point in bilateral ties.", 1),
    ("Critics said Yoon's pro-US stance had alienated Beijing.", -1),
    ("Seoul rejected criticism from Beijing over its drills.", 0),  # rejecting criticism: no net stance
    ("South Korean firms expanded investment in China.", 1),  # "firms" is no "firmly"
    ("Yoon urged China to enforce sanctions on North Korea.", 0),  # sanctions on another party
    # events weigh less than what is said of them
    # What is said of a meeting or visit outweighs the meeting itself.
    ("The trip was clouded by a brawl in which Chinese guards beat two reporters.", -1),
    ("Beijing denounced the summit as a step toward a bloc.", -1),
    ("Moon met Xi in Beijing.", 1),
    ("During the talks, Han stressed cooperation while urging China to act on North Korea.", 1),
    # Facts that only look like cues, and asks that are no warmth.
    ("Ties with China, its largest trading partner, have fallen into a deep chill.", -1),
    ("Lee expressed the hope that China will play a constructive role on the peninsula.", 0),
    ("Trade with China hit a record high last year.", 0),
    # THAAD in either word order, and a negated deployment as a concession.
    ("Seoul said it would not deploy additional THAAD batteries.", 1),
    ("The government agreed to host THAAD in 2016.", -1),
    # More ways of saying the line has warmed or cooled.
    ("Since late 2023, the president has tried to steady the relationship.", 1),
    ("Yoon thanked the Chinese leader for the decision.", 1),
    ("Only this spring did the government soften its tone toward Beijing.", 1),
    ("Beijing's envoy said Seoul was playing with fire on Taiwan.", -1),
    ("The opposition said the government had needlessly provoked China.", -1),
    # criticism of a korean leaders line is not criticism of china
    ("Opposition lawmakers accused Lee of courting Beijing too eagerly.", 1),  # criticism of Lee's warm line
    ("Critics attacked the government as too deferential to Beijing.", 1),
    ("Yoon accused Beijing of coercion.", -1),
    ("Yoon criticized Xi over the drills.", -1),
    ("Lee's government backed its conciliatory tone toward China with visa-free entry for tour groups.", 1),
    # cooperation with another partner named first is about that partner
    ("He spoke of deepening cooperation with the Quad, a grouping seen as aimed at containing China.", -1),
    ("Ties hit a low under Yoon, who prioritized cooperation with Washington and angered Beijing.", -1),
    ("Lee's office rejected that charge, saying there is no tilt toward China.", 0),
    ("Xi sent a congratulatory message to Yoon.", 1),
    # what a repair mends and siding with washington
    ("Xi and Moon agree to mend ties strained by a missile row.", 1),  # the strain is what is mended
    ("Moon set out to repair ties with Beijing, which had imposed sanctions on Seoul.", 1),
    ("Lee vowed to restore ties, but he warned Beijing over the drills.", 0),  # the warning still counts
    ("Beijing warned that Seoul's alignment with Washington would hurt its economy.", -1),  # a that-clause
    ("Yoon bet that a tighter alliance with Washington would give Seoul leverage over Beijing.", -1),
    ("Yoon, who has prioritized the alliance with the United States, is now pursuing improved ties with China.", 1),
    # easing freezing and avoiding
    ("Lee wants to ease tensions with China.", 1),  # easing tensions is no strain
    ("Relations with China froze for much of 2023.", -1),
    ("Yoon made little secret of his skepticism toward Beijing.", -1),
    ("His government offered Beijing the so-called “three no’s” in 2017.", 1),
    ("Lee avoided criticizing China.", 1),
    ("Envoys carried a personal letter from Lee to Xi.", 1),
    # hedges asks and china as a possessive modifier
    ("Moon came to power amid China's economic retaliation over the U.S. THAAD deployment.", -1),  # China's cue
    ("Lee walks a tightrope between Washington and Beijing.", 0),
    ("He asked China to play a bigger role on North Korea.", 0),
    ("Yoon's remarks cast a shadow over ties with China.", -1),
    ("Critics say Seoul has abandoned the balanced diplomacy that served it with Beijing.", -1),
    ("Yoon vowed to upgrade the ROK-US alliance, unsettling Beijing.", -1),
    # a negation belongs to the nearer cue and thaad is about china
    ("Officials said domestic politics will not derail cooperation with Beijing.", 1),  # the derailing is denied
    ("Seoul will not improve or deepen ties with Beijing.", -1),  # both negated
    ("Moon's government assured Beijing it would not deploy more THAAD batteries or join a US-led network.", 1),
    ("Han moved to shore up China ties.", 1),
    ("His victory could put Seoul on a collision course with Beijing.", -1),
    ("Han raised concerns about a structure China built in the Yellow Sea.", -1),
    # "rather than" negates the cue after it; reviving a dispute is no revival of ties
    ("Yoon treated China as a problem to be managed rather than a partner.", -1),
    ("Yoon's pledge revived a dispute with Beijing over THAAD.", -1),
    # taking issue and taiwan as a global matter
    ("Yoon took issue with the Chinese envoy's remarks.", -1),
    ("Yoon called Taiwan a global issue, like North Korea.", -1),
    ("Beijing called the remarks erroneous.", -1),
])
def test_stance_sign(sentence, stance):
    assert lexicon_stance(sentence).stance == stance  # the cues; cue-less sentences then go to the model


def test_cues_explain_the_verdict_and_score_is_bounded():
    verdict = score_stance("Xi welcomed the summit but warned against sanctions.")
    assert verdict.cues == ("welcomed", "summit", "warned")
    assert -1 <= verdict.score <= 1
    assert verdict.stance == 1
    assert score_stance("They did not criticize China.").cues == ("not criticize",)


@pytest.mark.parametrize("sentence, stance, cues", [
    ("Yoon vowed to deepen the alliance with Washington.", 0, ()),
    ("Yoon agreed to strengthen trilateral cooperation with the U.S. and Japan at Camp David.", 0, ()),
    ("Yoon vowed to deepen ties with China and the US.", 1, ("deepen",)),
    ("After mending ties with Japan, Yoon sought to improve relations with Beijing.", 1, ("improve relations",)),
    # Criticism of another party is no stance toward China either; China as the cue's modifier is.
    ("Yoon sharply criticized Russia for its arms deals, but left room for cooperation with China.", 1,
     ("room for cooperation",)),
    ("Yoon criticized China and Russia for blocking sanctions.", -1, ("criticized",)),
    ("Meeting Li Qiang, Han stressed Korea-China cooperation while urging a role on North Korea.", 1,
     ("meeting", "cooperation", "urging")),
])
def test_warmth_toward_another_partner_says_nothing_about_china(sentence, stance, cues):
    verdict = lexicon_stance(sentence)  # what the cues say (cue-less sentences then go to the model)
    assert (verdict.stance, verdict.cues) == (stance, cues)


@pytest.mark.parametrize("sentence, stance", [
    ("Beijing lashed out at Seoul over the remarks on Taiwan.", -1),
    ("The president pressed Xi over the structures in the Yellow Sea.", -1),
    ("The minister pressed China to play a constructive role.", 0),
    ("An adviser dismissed claims that Seoul is drifting toward China.", 0),
    ("The record does not support the charge that Seoul is tilting toward Beijing.", 0),
    ("The spokesperson said China hopes the ROK side will honour its obligations.", 0),
    ("China hopes the ROK side will work with it to deepen cooperation.", 1),
])
def test_pressure_denials_and_admonitions(sentence, stance):
    assert lexicon_stance(sentence).stance == stance


@pytest.mark.parametrize("sentence, stance", [
    ("By late 2024, Yoon was quietly tilting back towards Beijing.", 1),
    ("The office dismissed suggestions that the summit signaled a tilt toward Beijing.", 0),
    ("Seoul has abandoned strategic ambiguity on China.", -1),
    ("Officials say ties with China are far from fully restored.", -1),
    ("Beijing pocketed Moon's concessions.", 1),
])
def test_leaning_toward_beijing_and_denials_of_it(sentence, stance):
    assert lexicon_stance(sentence).stance == stance


@pytest.mark.parametrize("sentence, stance, cues", [
    ("Critics say Lee is tilting toward China.", 1, ("tilting toward china",)),
    ("Lee is not tilting toward Beijing.", 0, ("not tilting toward beijing",)),  # a denied lean hedges
    ("Lee has denied that his government is drifting toward Beijing.", 0, ("denied that",)),
])
def test_a_lean_toward_beijing_warms_and_its_denial_hedges(sentence, stance, cues):
    assert (lexicon_stance(sentence).stance, lexicon_stance(sentence).cues) == (stance, cues)


@pytest.mark.parametrize("sentence, cues", [
    ("The promised state visit to Seoul by Xi never happened.", ("not promised", "not visit", "never happened")),
    ("Hopes of a quick thaw with Beijing were dashed within weeks.", ("not hopes", "not thaw", "dashed")),
    ("A bid to repair ties with Beijing fizzled.", ("not repair", "fizzled")),
])
def test_a_failure_undoes_the_warmth_before_it_in_its_clause(sentence, cues):
    found = lexicon_stance(sentence)
    assert (found.stance, found.cues) == (-1, cues)


def test_a_failure_in_another_clause_leaves_the_warmth_before_it():
    assert lexicon_stance("Moon restored ties with Beijing, but a plan for a new dialogue fell through.").cues == (
        "restored", "not dialogue", "fell through")


@pytest.mark.parametrize("sentence, stance", [
    ("Critics accused Moon of being soft on China, a charge his aides flatly rejected.", 1),  # the charge is the news
    ("Moon's aides rejected the charge that he was soft on China.", 0),  # the denial is
])
def test_a_charges_rejection_told_after_it_leaves_the_charges_lean(sentence, stance):
    assert lexicon_stance(sentence).stance == stance
