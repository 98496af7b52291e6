"""disagree.verify: the last gate a disagreement passes, each check on a small hand-written story
(invented names and sentences) with a near case that must still be reported."""
import dataclasses

from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import compare, verify
from accord.disagree import verify as V
from accord.model import Article, Disagreement, Sentence, Side
from accord.options import DEFAULT
from tests.test_disagree import compared
from tests.test_disagree_values import numbers as numbers_of

UNCHECKED = dataclasses.replace(DEFAULT, disagree_verify=False)


def found(*texts: str, checked: bool = True) -> list[Disagreement]:
    """The disagreements of one-paragraph articles a, b, c, ... compared as a brief does."""
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    options = DEFAULT if checked else UNCHECKED
    return compare(align(arts, sentences), options, articles=[a.id for a in arts]).disagreements


def numbers(*texts: str, checked: bool = True) -> list[set[str]]:
    return [{s.value for s in d.values} for d in found(*texts, checked=checked) if d.kind == "number"]


def side(value: str, article: str, normalized: str | None = None) -> Side:
    return Side(value=value, normalized=normalized, articles=[article], evidence=value)


def gate(kind: str, about: str, *sides: Side) -> list[Side]:
    """The sides ``verify.check`` leaves of one disagreement ([] when it goes)."""
    kept = verify.check([Disagreement(kind=kind, about=about, values=list(sides))], [], [])  # type: ignore[arg-type]
    return kept[0].values if kept else []


def analysed(*texts: str):
    """The sentences and read values of articles a, b, ..."""
    from accord.disagree.values import read
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    by_article, _ = analyse_story(arts, DEFAULT, reference=None)
    sentences = [s for a in arts for s in by_article[a.id]]
    return sentences, read(sentences)


def number_side(sentences, article: str, index: int, value: str) -> Side:
    s = next(x for x in sentences if x.article == article and x.index == index)
    return Side(value=value, normalized=None, articles=[article], evidence=s.text, sentences=[s.ref])


# ------------------------------------------------------------------ quotes

def test_quote_written_two_ways_is_one_remark():
    ways = [side("We will not, we will not stand by and let [Governor] Harlow ignore the non-toxic rule", "a"),
            side("We will not stand by and let Harlow ignore the nontoxic rule", "b")]
    assert gate("quote", "words of Dana Harlow", *ways) == []


def test_quote_fragment_of_the_full_remark_goes():
    full = side("It is strange. I have been in this trade for forty years. I have never seen anything like this.", "a")
    part = side("never seen anything like", "b")
    other = side("I have never seen anything like it in forty years in this trade.", "c")
    assert verify._quote_variants([part, full, other]) == [full, other]


def test_a_sentence_closed_on_another_word_is_no_fragment():
    # recall73: both sides give the sentence whole and close it on different words: not a fragment of the longer
    short = side("The farmers in this valley have no water for their crops, no irrigation.", "a")
    long = side("It was a dry summer. The farmers in this valley have no water for their crops, no irrigation scheme.",
                "b")
    assert verify._quote_variants([short, long]) == [short, long]
    assert gate("quote", "words of Jane Doe", short, long) != []
    cut = side("farmers in this valley have no water for their crops, no irrigation.", "c")  # a trim: a fragment
    assert verify._quote_variants([cut, long]) == [long]


def test_two_different_remarks_are_no_quote_disagreement():
    one = side("The pilots showed courage that nobody in the hangar expected from such a young crew.", "a")
    two = side("Our engineers will publish the flight data by the end of next month.", "b")
    assert gate("quote", "words of Dana Harlow", one, two) == []


def test_quote_one_word_changed_still_reported():
    said = side("The council will approve the new bridge before winter", "a")
    negated = side("The council will not approve the new bridge before winter", "b")
    assert gate("quote", "words of Dana Harlow", said, negated) == [said, negated]


# ------------------------------------------------------------------ ranks

def test_rank_and_its_loose_form_agree():
    assert verify._rank_forms([side("professor", "a", "professor"),
                               side("assistant professor", "b", "assistant professor")]) \
        == [side("assistant professor", "b", "assistant professor")]
    assert verify._rank_forms([side("Rear Adm.", "a", "rear admiral"), side("Adm.", "b", "admiral")]) \
        == [side("Rear Adm.", "a", "rear admiral")]


def test_two_ranks_of_one_ladder_still_reported():
    ranks = [side("assistant professor", "a", "assistant professor"),
             side("associate professor", "b", "associate professor")]
    assert verify._rank_forms(ranks) == ranks
    # a rank that starts another is no loose form of it
    assert len(verify._rank_forms([side("Lt. Colonel", "a", "lieutenant colonel"),
                                   side("lieutenant", "b", "lieutenant")])) == 2


# ------------------------------------------------------------------ numbers, through compare

def test_real_troop_counts_still_reported():
    texts = ("The ministry sent 2,000 troops to the border town of Velmar on Friday.",
             "The ministry sent 2,300 troops to the border town of Velmar on Friday.")
    assert {"2,000", "2,300"} in numbers(*texts)


def test_figures_of_two_different_days_are_two_counts():
    texts = ("Eleven planes landed at the Dorvik airstrip on Thursday, the agency said.",
             "Twelve planes landed at the Dorvik airstrip on Wednesday, the agency said.")
    assert numbers(*texts, checked=False)  # the finders pair them
    assert numbers(*texts) == []
    # a day after "said" is when it was said, not when the figure happened
    near = ("Eleven planes landed at the Dorvik airstrip, the agency said Thursday.",
            "Twelve planes landed at the Dorvik airstrip, the agency said Wednesday.")
    assert numbers(*near) == numbers(*near, checked=False) != []


def test_a_figure_needed_is_no_value_beside_one_won():
    texts = ("Mayor Ostrander needs 120 delegates required to win the nomination in Veltia.",
             "Mayor Ostrander had won 97 delegates by Thursday morning in Veltia.")
    before, after = numbers(*texts, checked=False), numbers(*texts)
    assert before and after == []
    near = ("Mayor Ostrander had won 120 delegates by Thursday morning in Veltia.",
            "Mayor Ostrander had won 97 delegates by Thursday morning in Veltia.")
    assert numbers(*near) != []


def test_an_article_that_states_the_other_value_agrees():
    sentences, values = analysed(
        "The new monitors were off by, on average, 20 beats per minute during hard exercise, the Kalvo study found.",
        "Counting the dropped readings raised the average error to approximately 25 beats per minute. "
        "During hard exercise the average error of the monitors was approximately 20 beats per minute, the Kalvo study found.")
    d = Disagreement(kind="number", about="beats", values=[number_side(sentences, "a", 0, "20"),
                                                         number_side(sentences, "b", 0, "approximately 25")])
    dropped: list[verify.Dropped] = []
    assert verify.check([d], sentences, values, dropped=dropped) == []
    assert dropped and "states the other side's value" in dropped[-1].reason
    # near case: the second article gives only its own figure
    sentences, values = analysed(
        "The new monitors were off by, on average, 20 beats per minute during hard exercise, the Kalvo study found.",
        "The new monitors were off by, on average, approximately 25 beats per minute during hard exercise, the Kalvo study found.")
    d = Disagreement(kind="number", about="beats", values=[number_side(sentences, "a", 0, "20"),
                                                         number_side(sentences, "b", 0, "approximately 25")])
    assert verify.check([d], sentences, values) == [d]


def test_one_sum_converted_at_two_rates_agrees():
    texts = ("Norland promised one billion yen ($8.8 million) for the fund for the miners.",
             "Norland agreed to pay 1bn yen ($8.3m) for the fund for the miners.")
    assert numbers(*texts) == []
    near = ("Norland promised $8.8 million for the fund for the miners.",
            "Norland agreed to pay $8.3 million for the fund for the miners.")
    assert numbers(*near) != []


def test_length_and_radius_are_two_measures():
    texts = ("The guards set up a closed zone of up to 80 miles around the port of Tavel.",
             "The closed zone near the port of Tavel is about 60 miles long and 20 miles deep.")
    assert numbers(*texts) == []
    near = ("The closed zone near the port of Tavel is up to 80 miles long.",
            "The closed zone near the port of Tavel is about 60 miles long and 20 miles deep.")
    assert numbers(*near) != []


def test_dimension_of_a_distance():
    _, values = analysed("The lake covers 150 square miles and the trail is 120 miles long. "
                         "The trail runs 30 miles from the lake.")
    dims = {v.mention.text: verify._dimension(v) for v in values if v.type == "distance"}
    assert dims == {"150": "area", "120": "length", "30": "plain"}  # a plain distance: any length, not an area


def test_goods_of_two_countries_are_two_sums():
    def two(first: str, second: str) -> list[Disagreement]:
        sentences, values = analysed(first, second)
        d = Disagreement(kind="number", about="how much (USD)", values=[number_side(sentences, "a", 0, "$34 billion"),
                                                                        number_side(sentences, "b", 0, "$60 billion")])
        return verify.check([d], sentences, values)
    assert two("Ostland imposed tariffs in July on $34 billion in Varish goods.",
               "Varish tariffs on $60 billion worth of Ostland products take effect in July.") == []
    assert two("Ostland imposed tariffs in July on $34 billion in Varish goods.",
               "Ostland put tariffs on $60 billion worth of Varish goods in July.") != []
    assert verify._country_key("Chinese") == verify._country_key("China")


def test_a_breakdown_item_is_no_total():
    texts = ("Some 40,000 police officers will guard the games in Marovia.",
             "The plans for the games in Marovia include a garrison of about 25,000 special police officers, "
             "8,000 interior troops and up to 30,000 regular troops.")
    assert numbers(*texts) == []
    near = ("Some 40,000 police officers will guard the games in Marovia.",
            "About 25,000 police officers will guard the games in Marovia.")
    assert numbers(*near) != []


def test_a_toll_that_counts_the_gunman_agrees():
    texts = ("The gunman killed three people at the Lorvik fair, police said.",
             "Four people were killed (including the shooter) at the Lorvik fair, police said.")
    assert numbers(*texts) == []
    near = ("The gunman killed three people at the Lorvik fair, police said.",
            "Four people were killed at the Lorvik fair, police said.")
    assert numbers(*near) != []


def test_a_figure_rounded_to_fewer_digits_is_vague():
    def two(first: str, second: str, a: str, b: str) -> str:
        sentences, values = analysed(first, second)
        d = Disagreement(kind="number", about="how much (USD)",
                         values=[number_side(sentences, "a", 0, a), number_side(sentences, "b", 0, b)])
        (kept,) = verify.check([d], sentences, values)
        return kept.type
    assert two("The assembly passed a $1.37 trillion budget for Ostland on Friday.",
               "The assembly approved a $1.4 trillion budget for Ostland on Friday.", "$1.37 trillion", "$1.4 trillion") == "vague"
    # near cases: one digit more apart, round thousands 13% apart, and ages, which are exact
    assert two("The assembly passed a $1.27 trillion budget for Ostland on Friday.",
               "The assembly approved a $1.4 trillion budget for Ostland on Friday.", "$1.27 trillion", "$1.4 trillion") == "conflict"
    assert two("The ministry sent 2,300 troops to Velmar on Friday.",
               "The ministry sent 2,000 troops to Velmar on Friday.", "2,300", "2,000") == "conflict"


def test_a_speaker_named_in_the_other_sides_sentence():
    asked = Side(value="Ada Brandt", normalized="Ada Brandt", articles=["b"],
                 evidence="When Brandt asked Ketter about his plans, Ketter said, “I have many ideas for the town.”")
    said = Side(value="Rolf Ketter", normalized="Rolf Ketter", articles=["a"],
                evidence="Ketter says he has plans: “I have many ideas for the town.”")
    assert gate("name", "who said “I have many ideas for the town.”", said, asked) == []
    other = Side(value="Ada Brandt", normalized="Ada Brandt", articles=["b"],
                 evidence="Brandt told reporters, “I have many ideas for the town.”")
    assert gate("name", "who said “I have many ideas for the town.”", said, other) == [said, other]


def test_a_bare_office_is_no_loose_form():
    offices = [side("assistant district attorney", "a", "assistant district attorney"),
               side("district attorney", "b", "district attorney")]
    assert gate("other", "rank of Paula Verne", *offices) == offices


# ------------------------------------------------------------------ round 44

def test_one_name_written_two_ways_is_no_disagreement():
    about = "name in the same role: a / b"
    assert gate("name", about, side("Chuck Wenzell", "a"), side("Charles E. Wenzell", "b")) == []
    assert gate("name", about, side("Rudy Tamsin", "a"), side("Rudolph W. Tamsin", "b")) == []
    assert gate("name", about, side("Vorland", "a"), side("Vorlandian", "b")) == []
    assert gate("name", about, side("Port Vorland", "a"), side("Port Vorlandian", "b")) == []


def test_two_given_names_of_one_surname_still_reported():
    about = "name in the same role: a / b"
    two = [side("Brian Wenzell", "a"), side("Bryant A. Wenzell", "b")]
    assert gate("name", about, *two) == two
    spelled = [side("LaTonya Wenzell", "a"), side("Latoya Wenzell", "b")]
    assert gate("name", about, *spelled) == spelled
    middle = [side("Charles E. Wenzell", "a"), side("Charles T. Wenzell", "b")]
    assert gate("name", about, *middle) == middle


def test_a_count_of_sources_is_no_count_of_the_story():
    texts = ("The report finds the minister approved the deal, four Veltian officials familiar with the matter said.",
             "The report finds the minister approved the deal, three Veltian officials familiar with the matter said.")
    assert numbers(*texts) == []
    near = ("Four Veltian officials were killed in the blast at the Dorvik depot on Friday.",
            "Three Veltian officials were killed in the blast at the Dorvik depot on Friday.")
    assert numbers(*near) != []


def test_half_a_dozen_is_not_a_dozen():
    sentences, values = analysed(
        "The breach afflicted at least five federal agencies in Veltia, the minister said.",
        "The breach involved at least half a dozen federal agencies in Veltia, the minister said.")
    # recall48: "half a dozen" is read as 6 (it was read as "a dozen", which ``verify._misread`` dropped), and
    # two floors one of which is a dozen-word are no disagreement (``slots``)
    assert [(v.mention.text, v.point) for v in values if v.article == "b"] == [("at least half a dozen", 6.0)]
    assert not [d for d in compared(
        "The breach afflicted at least five federal agencies in Veltia, the minister said.",
        "The breach involved at least half a dozen federal agencies in Veltia, the minister said.").disagreements
        if d.kind == "number"]
    sentences, values = analysed(
        "The breach afflicted at least five federal agencies in Veltia, the minister said.",
        "The breach involved at least a dozen federal agencies in Veltia, the minister said.")
    d = Disagreement(kind="number", about="agencies", values=[number_side(sentences, "a", 0, "at least five"),
                                                            number_side(sentences, "b", 0, "at least a dozen")])
    assert verify.check([d], sentences, values) != []


def test_more_to_come_is_no_total():
    sentences, values = analysed(
        "By Saturday more than 35 inches of rain had fallen in Dorvik.",
        "The storm could bring as much as 15 more inches of rain to Dorvik.")
    d = Disagreement(kind="number", about="inches", values=[number_side(sentences, "a", 0, "more than 35"),
                                                          number_side(sentences, "b", 0, "15")])
    assert verify.check([d], sentences, values) == []
    sentences, values = analysed(
        "By Saturday more than 35 inches of rain had fallen in Dorvik.",
        "By Saturday 15 inches of rain had fallen in Dorvik.")
    d = Disagreement(kind="number", about="inches", values=[number_side(sentences, "a", 0, "more than 35"),
                                                          number_side(sentences, "b", 0, "15")])
    assert verify.check([d], sentences, values) != []


def test_a_sentence_sought_is_no_sentence_given():
    texts = ("Prosecutors sought 30 years in prison for Halvard Brisk, the Dorvik court heard.",
             "Halvard Brisk was sentenced to 22 years in prison, the Dorvik court heard.")
    assert numbers(*texts) == []
    near = ("Halvard Brisk was sentenced to 30 years in prison, the Dorvik court heard.",
            "Halvard Brisk was sentenced to 22 years in prison, the Dorvik court heard.")
    assert numbers(*near) != []


def test_figures_of_two_years_nearest_each():
    sentences, values = analysed(
        "Life expectancy in Veltia fell to 78.6 years, down from 78.9 years in 2014.",
        "Life expectancy in Veltia rose from 69.9 years in 1959 to 78.9 years in 2014.")
    d = Disagreement(kind="number", about="years", values=[number_side(sentences, "a", 0, "78.9 years"),
                                                         number_side(sentences, "b", 0, "69.9 years")])
    assert verify.check([d], sentences, values) == []
    sentences, values = analysed(
        "Life expectancy in Veltia was 78.9 years in 2014.",
        "Life expectancy in Veltia was 76.9 years in 2014.")
    d = Disagreement(kind="number", about="years", values=[number_side(sentences, "a", 0, "78.9 years"),
                                                         number_side(sentences, "b", 0, "76.9 years")])
    assert verify.check([d], sentences, values) != []


def test_quote_said_with_gonna_and_an_answer_word_is_one_remark():
    long = side("I'm not gonna fire her. I think she's a great worker. She's a tremendous help", "a")
    short = side("No, I'm not going to fire her. I think she's a great worker", "b")
    assert gate("quote", "words of Dana Harlow", long, short) == []  # one side left: no report
    assert verify._quote_variants([long, short]) == [long]
    near = side("No, I'm going to fire her. I think she's a poor worker", "b")
    assert gate("quote", "words of Dana Harlow", long, near) == [long, near]


def test_doses_of_two_rounds_are_two_shares():
    texts = ("Over 55% of adults in Veltia have received at least one dose of a vaccine, the agency said.",
             "By Tuesday 37.3% of adults in Veltia were fully vaccinated, the agency said.")
    sentences, values = analysed(*texts)
    d = Disagreement(kind="number", about="share", values=[number_side(sentences, "a", 0, "Over 55%"),
                                                         number_side(sentences, "b", 0, "37.3%")])
    assert verify.check([d], sentences, values) == []
    sentences, values = analysed(texts[0], "By Tuesday 47.3% of adults in Veltia had received at least one dose, the agency said.")
    d = Disagreement(kind="number", about="share", values=[number_side(sentences, "a", 0, "Over 55%"),
                                                         number_side(sentences, "b", 0, "47.3%")])
    assert verify.check([d], sentences, values) != []


def test_a_city_toll_and_its_country_toll_are_two_counts():
    sentences, values = analysed(
        "On Friday the database listed 51,017 deaths in Canada and more than 890,000 infections.",
        "Of the victims, nearly one-third, 16,388 died in Toronto, the statistics show.")
    d = Disagreement(kind="number", about="people killed",
                     values=[number_side(sentences, "a", 0, "51,017"), number_side(sentences, "b", 0, "16,388")])
    assert verify.check([d], sentences, values) == []
    sentences, values = analysed(
        "By Thursday 15.2 inches fell in Madison, Wisconsin, the weather service said.",
        "By Thursday more than 19 inches fell in Madison, the weather service said.")
    d = Disagreement(kind="number", about="inches", values=[number_side(sentences, "a", 0, "15.2"),
                                                          number_side(sentences, "b", 0, "more than 19")])
    assert verify.check([d], sentences, values) != []


def test_a_day_something_takes_effect_is_not_the_event_day():
    about = "day Dana Harlow announced"
    effective = Side(value="Friday", normalized=None, articles=["a"],
                     evidence="Governor Dana Harlow announced her resignation, effective Friday, at a news conference.")
    announced = Side(value="Tuesday", normalized=None, articles=["b"],
                     evidence="Governor Dana Harlow announced her resignation Tuesday afternoon.")
    assert gate("date", about, effective, announced) == []
    died = [Side(value="Thursday", normalized=None, articles=["a"], evidence="Dana Harlow died Thursday in Velmar."),
            Side(value="Friday", normalized=None, articles=["b"], evidence="Dana Harlow died Friday in Velmar.")]
    assert gate("date", "day Dana Harlow died", *died) == died


def test_a_headline_stating_the_other_value_agrees():
    sentences, values = analysed(
        "Two men allegedly submitted 8,000 fraudulent voter forms in Velmar, prosecutors said Tuesday.",
        "Two men allegedly submitted thousands of fraudulent voter forms in Velmar, prosecutors said Tuesday.")
    d = Disagreement(kind="number", about="forms", type="vague",
                     values=[number_side(sentences, "a", 0, "8,000"), number_side(sentences, "b", 0, "thousands")])
    titles = {"a": "Velmar men charged", "b": "2 Charged in Velmar, Allegedly Submitted 8,000 Fraudulent Voter Forms"}
    assert verify.check([d], sentences, values, titles=titles) == []
    # near case: the vague side's headline gives no figure ("dozens" / 40 stays)
    loose = {"a": "Velmar men charged", "b": "2 Charged in Velmar, Allegedly Submitted Fraudulent Voter Forms"}
    assert verify.check([d], sentences, values, titles=loose) != []
    # nor does a headline figure of another thing
    other = {"a": "Velmar men charged", "b": "8,000 Velmar Voters Asked to Check Their Registration"}
    assert verify.check([d], sentences, values, titles=other) != []


# ------------------------------------------------------------------ round 45

def test_a_figure_rounded_half_up_is_vague():
    def two(first: str, second: str, a: str, b: str) -> str:
        sentences, values = analysed(first, second)
        d = Disagreement(kind="number", about="how much (USD)",
                         values=[number_side(sentences, "a", 0, a), number_side(sentences, "b", 0, b)])
        (kept,) = verify.check([d], sentences, values)
        return kept.type
    # 2.25 rounds up to 2.3, 740.5 to 741 (Python's round() takes halves to the even digit)
    assert two("The assembly passed a $2.25 trillion plan for Ostland on Friday.",
               "The assembly approved a $2.3 trillion plan for Ostland on Friday.", "$2.25 trillion", "$2.3 trillion") == "vague"
    assert two("The assembly passed a $740.5 billion plan for Ostland on Friday.",
               "The assembly approved a $741 billion plan for Ostland on Friday.", "$740.5 billion", "$741 billion") == "vague"
    # near case: 2.24 rounds to 2.2, not 2.3
    assert two("The assembly passed a $2.24 trillion plan for Ostland on Friday.",
               "The assembly approved a $2.3 trillion plan for Ostland on Friday.", "$2.24 trillion", "$2.3 trillion") == "conflict"


def test_a_figure_expected_is_no_figure_reported():
    sentences, values = analysed(
        "Employers in Veltia added 102,000 jobs in June, a report from the Dorvik payroll firm said.",
        "Economists expect to see 165,000 jobs were added in Veltia in June, according to the Dorvik survey.")
    d = Disagreement(kind="number", about="jobs", values=[number_side(sentences, "a", 0, "102,000"),
                                                        number_side(sentences, "b", 0, "165,000")])
    assert verify.check([d], sentences, values) == []
    # near case: an expectation word in another clause dates nothing ("expected to weaken")
    sentences, values = analysed(
        "The storm, expected to weaken, killed 12 people in Dorvik on Friday.",
        "The storm killed 15 people in Dorvik on Friday, the agency said.")
    d = Disagreement(kind="number", about="people killed", values=[number_side(sentences, "a", 0, "12"),
                                                                 number_side(sentences, "b", 0, "15")])
    assert verify.check([d], sentences, values) != []


def test_figures_of_two_months_nearest_each():
    sentences, values = analysed(
        "The Veltia economy added 75,000 jobs in May, a pullback from 224,000 jobs added in April.",
        "The Veltia economy added 75,000 jobs in May, the ministry said on Friday.")
    d = Disagreement(kind="number", about="jobs", values=[number_side(sentences, "a", 0, "224,000"),
                                                        number_side(sentences, "b", 0, "75,000")])
    assert verify.check([d], sentences, values) == []
    # near case: one month named for both figures, and a month that is a name ("April Dunn")
    sentences, values = analysed(
        "The Veltia economy added 82,000 jobs in May, the ministry said on Friday.",
        "The Veltia economy added 75,000 jobs in May, the ministry said on Friday.")
    d = Disagreement(kind="number", about="jobs", values=[number_side(sentences, "a", 0, "82,000"),
                                                        number_side(sentences, "b", 0, "75,000")])
    assert verify.check([d], sentences, values) != []
    sentences, values = analysed(
        "The Veltia firm hired 82,000 workers in May, its chief said.",
        "The Veltia firm hired 75,000 workers, according to April Dunn, its chief.")
    d = Disagreement(kind="number", about="workers", values=[number_side(sentences, "a", 0, "82,000"),
                                                           number_side(sentences, "b", 0, "75,000")])
    assert verify.check([d], sentences, values) != []


def test_a_name_with_two_letters_swapped_or_a_short_form_is_one_name():
    about = "name in the same role: a / b"
    assert gate("name", about, side("Jeronimo Vask", "a"), side("Jeromino Vask", "b")) == []
    assert gate("name", about, side("Orlan Teskovic", "a"), side("Orlan Tesvokic", "b")) == []
    assert gate("name", about, side("Jerrold Vask", "a"), side("Jerry Vask", "b")) == []
    # near cases: other letters make another name (Harrison / Morrison), short names are not read
    other = [side("Daniel Harlow", "a"), side("Daniel Marlow", "b")]
    assert gate("name", about, *other) == other
    short = [side("Lena Vask", "a"), side("Lean Vask", "b")]
    assert gate("name", about, *short) == short


def test_a_state_beside_a_town_in_it_is_one_place():
    about = "home town of Dana Voss"
    town = Side(value="Morgantown", normalized=None, articles=["a"],
                evidence="Dana Voss, 39, of Morgantown, W.Va., was arrested on Sunday.")
    state = side("West Virginia", "b")
    assert gate("place", about, town, state) == []
    assert gate("place", about, side("Velmar, Pa", "a"), side("Pennsylvania", "b")) == []
    # near cases: a state the town is not in, and two towns
    ohio = side("Ohio", "b")
    assert gate("place", about, town, ohio) == [town, ohio]
    towns = [town, side("Velmar", "b")]
    assert gate("place", about, *towns) == towns


def test_a_side_of_another_day_goes_when_the_others_share_one():
    sentences, values = analysed(
        "More than 97,000 infections were reported in Veltia on Friday, the ministry said.",
        "More than 98,500 infections were reported in Veltia on Friday, the ministry said.",
        "More than 91,000 infections were reported in Veltia on Thursday, the ministry said.")
    sides = [number_side(sentences, "a", 0, "More than 97,000"), number_side(sentences, "b", 0, "More than 98,500"),
             number_side(sentences, "c", 0, "More than 91,000")]
    (kept,) = verify.check([Disagreement(kind="number", about="infections", values=sides)], sentences, values)
    assert [s.value for s in kept.values] == ["More than 97,000", "More than 98,500"]
    # near case: three sides of one day all stay
    sentences, values = analysed(
        "More than 97,000 infections were reported in Veltia on Friday, the ministry said.",
        "More than 98,500 infections were reported in Veltia on Friday, the ministry said.",
        "More than 91,000 infections were reported in Veltia on Friday, the ministry said.")
    sides = [number_side(sentences, k, 0, v) for k, v in (("a", "More than 97,000"), ("b", "More than 98,500"),
                                                          ("c", "More than 91,000"))]
    (kept,) = verify.check([Disagreement(kind="number", about="infections", values=sides)], sentences, values)
    assert len(kept.values) == 3


# ------------------------------------------------------------------ round 46

def _two_shares(a: str, b: str, va: str, vb: str) -> list:
    sentences, values = analysed(a, b)
    d = Disagreement(kind="number", about="what share", values=[number_side(sentences, "a", 0, va),
                                                               number_side(sentences, "b", 0, vb)])
    return verify.check([d], sentences, values)


def test_a_best_case_is_no_value_beside_an_average():
    assert _two_shares("The Dorvik Labs vaccine has proven to be up to 90% effective, the company said on Monday.",
                       "The Dorvik Labs vaccine has been 70% effective on average so far, researchers said.",
                       "up to 90%", "70%") == []
    # near case: a ceiling beside a plain figure is still one measure ("up to 2,000" / "2,300")
    assert _two_shares("The Dorvik Labs vaccine has proven to be up to 90% effective, the company said on Monday.",
                       "The Dorvik Labs vaccine has been 70% effective so far, researchers said.",
                       "up to 90%", "70%") != []
    # near case: two averages stay
    assert _two_shares("The Dorvik Labs vaccine has been 90% effective on average, the company said on Monday.",
                       "The Dorvik Labs vaccine has been 70% effective on average so far, researchers said.",
                       "90%", "70%") != []


def test_core_prices_are_no_value_beside_all_prices():
    assert _two_shares("The 0.9 percent rise in Veltia's CPI from March, controlling for food and energy prices, "
                       "is the highest since 1982.",
                       "From March to April, prices in Veltia increased 0.8 percent, the ministry said.",
                       "0.9 percent", "0.8 percent") == []
    # near case: both sides of all prices (or both core) still disagree
    assert _two_shares("From March to April, prices in Veltia increased 0.9 percent, the bureau said.",
                       "From March to April, prices in Veltia increased 0.8 percent, the ministry said.",
                       "0.9 percent", "0.8 percent") != []
    assert _two_shares("Core prices in Veltia, excluding food and energy, rose 0.9 percent in April.",
                       "Veltia's core inflation rate rose 0.8 percent in April, the ministry said.",
                       "0.9 percent", "0.8 percent") != []


def test_round_46_checks_leave_real_counts():
    # "up to" on one side, no average anywhere: the troop counts are one slot
    texts = ("The ministry sent up to 2,000 troops to the border town of Velmar on Friday.",
             "The ministry sent 2,300 troops to the border town of Velmar on Friday.")
    assert numbers(*texts) == numbers(*texts, checked=False)


def test_two_lengths_of_time_from_two_starts():
    sentences, values = analysed(
        "Eight months after first authorizing the Dorvik vaccine, the Veltia agency granted full approval.",
        "The approval came less than four months after Dorvik completed its licence application in May.")
    d = Disagreement(kind="number", about="how long", values=[number_side(sentences, "a", 0, "Eight months"),
                                                            number_side(sentences, "b", 0, "less than four months")])
    assert verify.check([d], sentences, values) == []
    # near case: one start event, two lengths: still a disagreement
    sentences, values = analysed(
        "The ferry captain died three days after the crash near Velmar, the agency said.",
        "The ferry captain died four days after the crash near Velmar, his family said.")
    d = Disagreement(kind="number", about="how long", values=[number_side(sentences, "a", 0, "three days"),
                                                            number_side(sentences, "b", 0, "four days")])
    assert verify.check([d], sentences, values) != []
    # near case: a name before the event word is no other start ("the Velmar crash" / "the crash")
    sentences, values = analysed(
        "The ferry captain died three days after the Velmar crash, the agency said.",
        "The ferry captain died four days after the crash near Velmar, his family said.")
    d = Disagreement(kind="number", about="how long", values=[number_side(sentences, "a", 0, "three days"),
                                                            number_side(sentences, "b", 0, "four days")])
    assert verify.check([d], sentences, values) != []
    # near case: a killing written two ways is one start ("was murdered" / "the shooting")
    sentences, values = analysed(
        "Ana Velmar, who married the deputy three weeks before he was murdered, spoke in court.",
        "He had married Ana Velmar two weeks before the shooting, his family said.")
    d = Disagreement(kind="number", about="how long", values=[number_side(sentences, "a", 0, "three weeks"),
                                                            number_side(sentences, "b", 0, "two weeks")])
    assert verify.check([d], sentences, values) != []


# ------------------------------------------------------------------ round 47: the slot a figure fills

def kept(first: str, second: str, a: str, b: str, about: str = "people killed") -> bool:
    """Whether a two-sided number report (side a's figure ``a`` in article a's first sentence, b's ``b``)
    passes the gate."""
    sentences, values = analysed(first, second)
    d = Disagreement(kind="number", about=about,
                     values=[number_side(sentences, "a", 0, a), number_side(sentences, "b", 0, b)])
    return verify.check([d], sentences, values) != []


def test_a_county_of_the_country_is_another_slot():
    assert not kept("The death toll in Ostland climbed to at least 143 on Saturday, the ministry said.",
                    "Police said that more than 90 people are now known to have died in eastern Ostland's Dorvik county.",
                    "at least 143", "more than 90")
    # near case: one country on both sides (or on one only) stays
    assert kept("The death toll in Ostland climbed to at least 64 on Saturday, the ministry said.",
                "Police said that more than 50 people are now known to have died in Ostland.", "at least 64", "more than 50")
    assert kept("The death toll in Ostland climbed to at least 64 on Saturday, the ministry said.",
                "Police said that more than 50 people have died since the floods began.", "at least 64", "more than 50")


def test_a_place_before_the_figure_and_a_site_are_two_slots():
    assert not kept("The toll in Ostland rose to 31, while the toll across the border in Veltia stood at 24, officials said.",
                    "Floodwaters swept through a nursing home on the river, killing 12.", "24", "12")
    # near case: the place opening the clause and the same place after the figure stay one slot
    assert kept("In Veltia, 24 people died when the river burst its banks on Friday.",
                "The floods killed 21 people in Veltia on Friday, officials said.", "24", "21")


def test_shares_of_two_wholes_are_two_slots():
    assert not kept("About 90 percent of families with children in Ostland will get the tax credit, the minister said.",
                    "Nearly 88% of children in Ostland are set to receive the credit automatically.",
                    "About 90 percent", "Nearly 88%", "what share")
    assert not kept("The poll found 52 percent support for the levy among women in Ostland.",
                    "The poll found 41 percent support for the levy among independents in Ostland.", "52 percent", "41 percent",
                    "what share")
    # near case: one whole, written with a modifier more on one side
    assert kept("About 90 percent of families in Ostland will get the tax credit, the minister said.",
                "Nearly 88% of Ostland families are set to receive the credit automatically.",
                "About 90 percent", "Nearly 88%", "what share")


def test_fatally_shot_and_shot_are_two_counts():
    assert not kept("Two people were fatally shot during the protests in Dorvik on Tuesday, police said.",
                    "Police say three people were shot during the protests in Dorvik on Tuesday.", "Two", "three", "people shoot")
    # near case: shot on both sides is one count
    assert kept("Two people were shot during the protests in Dorvik on Tuesday, police said.",
                "Police say three people were shot during the protests in Dorvik on Tuesday.", "Two", "three", "people shoot")


def test_a_figure_under_way_and_one_summed_this_year_are_two_slots():
    assert not kept("Fires are raging in Veltia, where 3,000 homes are burning after days of heat.",
                    "Fires in Veltia have destroyed more than 9,000 homes this year, officials said.",
                    "3,000", "more than 9,000", "homes")
    # near case: both summed over the year stay one slot
    assert kept("Fires in Veltia have destroyed 8,000 homes so far this year, officials said.",
                "Fires in Veltia have destroyed more than 9,000 homes this year, officials said.",
                "8,000", "more than 9,000", "homes")


def test_a_cap_beside_a_figure_is_another_slot():
    assert not kept("Under the deal, people who make up to $75,000 a year in Ostland will still get the full payment.",
                    "The payments in Ostland will be capped at individuals earning $80,000 a year.",
                    "up to $75,000", "$80,000", "how much (USD)")
    # near case: "up to" beside a plain count is still one slot (a side that says less fits)
    assert kept("Ostland sent up to 2,000 troops to the border on Monday, the ministry said.",
                "Ostland sent 2,300 troops to the border on Monday, the ministry said.", "up to 2,000", "2,300", "troops")
    assert kept("Ostland sent 2,000 troops to the border on Monday, the ministry said.",
                "Ostland sent 2,300 Veltian troops to the border on Monday, the ministry said.", "2,000", "2,300", "troops")


def test_loose_and_exact_tolls_of_one_slot_still_report():
    assert kept("Dozens of people were killed in the attack on Dorvik on Friday, officials said.",
                "The attack on Dorvik on Friday killed 40 people, officials said.", "Dozens", "40")
    # and two ages of one person, one named with her town before the figure
    assert kept("Dana Harlow, 21, of Velmar was arrested on Friday, police said.",
                "In Velmar, police arrested Dana Harlow, 22, on Friday.", "21", "22", "age of Dana Harlow")
    # and two shares of one whole whose words run on into a verb ("voters back" / "voters said")
    assert kept("A poll published on Sunday found 55 percent of Ostland voters back the new law on pensions.",
                "In a survey released on Sunday, 48 percent of voters said they back the new law on pensions.",
                "55 percent", "48 percent", "what share")


def day_side(value: str, article: str, text: str) -> Side:
    return Side(value=value, normalized=None, articles=[article], evidence=text)


def test_the_day_a_span_starts_is_not_the_day_of_the_event():
    about = "day: airstrikes on Dorvik"
    since = day_side("Monday evening", "a", "Ostland killed 20 people in a series of airstrikes launched since sundown on Monday evening.")
    point = day_side("early Tuesday", "b", "Ostland launched more airstrikes on Dorvik early Tuesday, hitting a commander's home.")
    assert gate("date", about, since, point) == []
    # near case: two days of one launch stay
    other = day_side("Monday evening", "a", "Ostland launched more airstrikes on Dorvik on Monday evening, hitting a commander's home.")
    assert gate("date", about, other, point) == [other, point]


def test_the_day_an_event_was_arranged_is_not_its_day():
    about = "day: leaders to a briefing"
    event = day_side("Wednesday", "a", "The president has invited party leaders to a briefing Wednesday on border security.")
    invited = day_side("Tuesday", "b", "The president on Tuesday invited party leaders to a border security briefing.")
    assert gate("date", about, event, invited) == []
    # near case: two days written for the briefing itself stay
    other = day_side("Thursday", "b", "The president will hold a briefing Thursday on border security.")
    assert gate("date", about, event, other) == [event, other]


def test_two_bodies_acting_on_two_days_are_two_events():
    sentences, _ = analysed(
        "The Centers for Vaccine Safety gave final approval Friday to start giving booster shots in Ostland.",
        "The Ostland Food and Drug Administration gave emergency authorization Thursday night for a booster shot.",
        "The Centers for Vaccine Safety gave final approval Thursday to start giving booster shots in Ostland.")
    def at(article: str, value: str) -> Side:
        s = next(x for x in sentences if x.article == article)
        return Side(value=value, normalized=None, articles=[article], evidence=s.text, sentences=[s.ref])
    approval, authorization, same = at("a", "Friday"), at("b", "Thursday night"), at("c", "Thursday")
    def left(*sides: Side) -> list[Side]:
        kept = verify.check([Disagreement(kind="date", about="day", values=list(sides))], sentences, [])
        return kept[0].values if kept else []
    assert left(approval, authorization) == []
    # near case: one body on both sides stays
    assert left(approval, same) == [approval, same]


# ------------------------------------------------------------------ round 48

def test_a_country_a_with_phrase_tells_is_the_figure_place():
    assert not kept("With more than 52,000 diagnosed cases, the U.S has the highest national total, ahead of Ostland.",
                    "Veltia was second with 51,285 cases, and Ostland third with 50,539 cases.",
                    "more than 52,000", "50,539", "cases")
    # near case: one country on both sides stays
    assert kept("With more than 52,000 diagnosed cases, Ostland has the highest national total, ahead of Veltia.",
                "Ostland was first with 50,539 cases, officials said.", "more than 52,000", "50,539", "cases")


def test_a_part_summed_in_its_own_sentence_is_no_other_total():
    assert not kept("Ostland is donating 200 million doses this year and 300 million doses in the first half of 2022, the ministry said.",
                    "The 500 million doses are destined for the poorest countries.", "200 million", "500 million", "doses")
    # near case: parts that do not make the other figure still report
    assert kept("Ostland is donating 200 million doses this year and 300 million doses in the first half of 2022, the ministry said.",
                "The 600 million doses are destined for the poorest countries.", "200 million", "600 million", "doses")
    assert kept("Ostland signed a $2 billion contract with Dorvik Motors on Monday, the ministry said.",
                "Dorvik Motors won a $2.5 billion contract from Ostland on Monday.", "$2 billion", "$2.5 billion",
                "how much (USD)")


def test_overall_and_most_severe_efficacy_are_two_slots():
    assert not kept("Regulators found the Dorvax vaccine was 66 percent effective overall at warding off moderate and severe cases.",
                    "Papers released on Wednesday show the Dorvax vaccine is highly effective — 86 percent — against the most severe outcomes.",
                    "66 percent", "86 percent", "what share")
    # near case: one measure said on one side only stays
    assert kept("Regulators found the Dorvax vaccine was 95 percent effective in its trial.",
                "Papers released on Wednesday show the Dorvax vaccine was 94 percent effective against the disease.",
                "95 percent", "94 percent", "what share")


def test_a_remark_in_translation_is_one_remark():
    ways = [side("The Ostland army, together with its allies, just launched Operation Dawn against the rebels in the north", "a"),
            side("Ostland army together with allies against the rebel groups in the north Operation Dawn has started", "b")]
    ways[1] = Side(value=ways[1].value, normalized=None, articles=["b"],
                   evidence=f"“{ways[1].value},” Harlow wrote on Twitter, according to a translation.")
    assert gate("quote", "words of Dana Harlow", *ways) == []
    # near case: a translation that says the opposite, or one word that changes the meaning untranslated, stays
    flipped = Side(value="The Ostland army has not launched Operation Dawn against the rebels in the north", normalized=None,
                   articles=["b"], evidence="“The Ostland army has not launched Operation Dawn against the rebels in the north,” "
                                            "Harlow wrote, according to a translation.")
    assert len(gate("quote", "words of Dana Harlow", ways[0], flipped)) == 2
    one_word = [side("We will raise the fuel tax on Monday", "a"), side("We will lower the fuel tax on Monday", "b")]
    assert len(gate("quote", "words of Dana Harlow", *one_word)) == 2


def test_one_group_named_two_ways_is_one_name():
    assert gate("name", "name in the same role: first", side("Native American Cabinet", "a"), side("American Indian", "b")) == []
    # near case: two groups stay
    assert len(gate("name", "name in the same role: first", side("Native American", "a"), side("Native Hawaiian", "b"))) == 2
    assert len(gate("name", "name in the same role: first", side("American Indian", "a"), side("Asian American", "b"))) == 2


# -- the type a report shows is one its sides support (precision48) -------------------------------------


def kinds(found):
    return [(d.type, {v.value for v in d.values}) for d in numbers_of(found)]


# -- a floor against a larger figure ------------------------------------------------------------------------
def compound(first: str, second: str):
    return compared(f"The U.N. compound in Kandar was hit by {first} on Sunday.",
                    f"The U.N. compound in Kandar was struck by {second} Sunday evening in the latest attack on "
                    "foreign targets, an official said.")


def test_a_floor_below_the_other_figure_is_vague():
    assert kinds(compound("three rockets", "at least one rocket")) == [("vague", {"three", "at least one"})]
    # however far above it the other figure lies, and whichever article gives the floor
    assert kinds(compound("six rockets", "more than two rockets")) == [("vague", {"more than two", "six"})]


def test_a_figure_below_a_floor_still_conflicts():
    assert kinds(compound("at least four rockets", "two rockets")) == [("conflict", {"at least four", "two"})]
    # two exact figures stay a conflict, and so do two figures beside a cap
    assert kinds(compound("three rockets", "five rockets")) == [("conflict", {"three", "five"})]
    assert [t for t, _ in kinds(compound("as many as two rockets", "five rockets"))] == ["conflict"]


# -- sources and running totals ------------------------------------------------------------------------
def test_a_source_is_the_one_a_sentence_credits():
    s = lambda text: Sentence(article="a", index=0, text=text)  # noqa: E731
    assert V._source(s("There were 412 new cases on Monday, according to a Daily Courier tally.")) == "daily courier"
    assert V._source(s("The state logged 412 new cases, the Daily Courier reported.")) == "daily courier"
    assert V._source(s("There were 412 new cases, Metro Radio reported.")) == "metro radio"
    assert V._source(s("According to the Health Office, 412 cases were logged.")) == "health office"
    assert V._source(s("The Health Office's count reached 412 cases.")) == "health office"
    assert V._source(s("The Metro reported 412 cases on Monday.")) is None  # a subject, not a credit
    # two sources in one sentence: none is the figure's
    assert V._source(s("There were 412 cases according to the Health Office, and 380, Metro Radio reported.")) is None


def test_one_tally_read_at_undated_times_stays_a_conflict():
    # tried and dropped (readers split): one source credited on both sides is no sign of two times
    found = compared("The state recorded 412 deaths from the flu on Monday, according to a Daily Courier count.",
                     "There were 398 deaths from the flu in the state on Monday, according to the Daily Courier.")
    assert [t for t, _ in kinds(found)] == ["conflict"]


def test_running_totals_dated_are_typed_by_their_dates():
    a = "The film has already grossed $212 million around the world, the studio said."
    b = "The film has grossed $260 million around the world since it opened, its studio said."
    # both dated the same day: the dates say they were not written at different times (slots' typing)
    found = compared(a, b, published=["2024-03-05", "2024-03-05"])
    assert [t for t, _ in kinds(found)] == ["conflict"]
    # one dated: its date is shown, the other side's time is unknown
    (d,) = numbers_of(compared(a, b, published=["2024-03-05", None]))
    assert d.type == "evolving" and sorted(str(v.time) for v in d.values) == ["2024-03-05", V.UNDATED]


# -- ranks of two people -----------------------------------------------------------------------------------------
def test_ranks_of_two_people_in_alike_sentences_are_no_slot():
    found = compared("Maria Lopez won her second national title at the championships in Denver on Sunday.",
                     "Anna Berg won her third national title at the championships in Denver on Sunday.")
    assert numbers_of(found) == []
    found = compared("Singer Tom Hale sang the second verse of the anthem before the game.",
                     "Singer Bo Kent sang the third verse of the anthem before the game.")
    assert numbers_of(found) == []


def test_ranks_of_one_person_or_of_no_one_named_still_disagree():
    found = compared("Maria Lopez won her second national title at the championships in Denver on Sunday.",
                     "Lopez won her third national title at the championships in Denver on Sunday.")
    assert [v for _, v in kinds(found)] == [{"second", "third"}]
    # a sentence that names no one can be anyone's
    found = compared("Maria Lopez won her second national title at the championships in Denver on Sunday.",
                     "The swimmer won her third national title at the championships in Denver on Sunday.")
    assert [v for _, v in kinds(found)] == [{"second", "third"}]


# -- running totals as they stood when written ----------------------------------------------------------------
def test_running_totals_told_as_standing_now_are_evolving():
    found = compared("The film has already grossed $212 million around the world, the studio said.",
                     "The film has grossed $260 million around the world since it opened, its studio said.")
    (d,) = numbers_of(found)
    assert d.type == "evolving" and all(v.time == V.UNDATED for v in d.values)
    found = compared("The appeal has raised $41,000 so far for the family of the drowned fisherman.",
                     "The appeal has raised $48,500 to date for the family of the drowned fisherman.")
    assert [t for t, _ in kinds(found)] == ["evolving"]


def test_a_total_told_once_as_standing_now_stays_a_conflict():
    # one side only says "so far": the other may be a total told at the same time
    found = compared("The film has already grossed $212 million around the world, the studio said.",
                     "The film took $260 million around the world in its first ten days, its studio said.")
    assert [t for t, _ in kinds(found)] == ["conflict"]
    # two named sources are two tallies
    found = compared("The appeal has raised $41,000 so far for the family of the drowned fisherman, according to "
                     "the Daily Courier.",
                     "The appeal has raised $48,500 to date for the family of the drowned fisherman, according to "
                     "Metro Radio.")
    assert [t for t, _ in kinds(found)] == ["conflict"]


# -- a figure's own clause names its slot (precision50) --------------------------------------------------


# -- two groups whose phrases share only the verb after them ---------------------------------------------
def test_shares_of_two_parties_are_two_slots():
    assert numbers("The poll found 62 percent of Republicans support the bill, up from last month.",
                    "The poll found 35 percent of Democrats support the bill, down from last month.") == []
    assert numbers("Some 62% of Republicans said they back the plan, the survey found.",
                    "Some 35% of Democrats said they back the plan, the survey found.") == []


def test_shares_of_one_group_still_disagree():
    assert numbers("The poll found 62 percent of Republicans support the bill.",
                    "The poll found 55 percent of Republicans support the bill.") == [{"62 percent", "55 percent"}]
    assert numbers("The survey found 62% of Republican voters back the wall.",
                    "The survey found 70% of Republican voters back the wall.") == [{"62%", "70%"}]


# -- a price during the day beside the close ---------------------------------------------------------------
def test_a_move_during_the_day_is_no_close():
    assert numbers("Shares of Veltro fell 4% in early trading on Monday after the company cut its forecast.",
                    "Shares of Veltro closed down 2% on Monday after the company cut its forecast.") == []
    assert numbers("Veltro shares dropped as much as 6 percent on Monday after the company cut its forecast.",
                    "Veltro shares ended the day 2 percent lower on Monday after the company cut its forecast.") == []
    assert numbers("Veltro's stock was down 5% in morning trading after the company cut its outlook.",
                    "Veltro's stock ended down 3% after the company cut its outlook.") == []
    assert numbers("Shares of Ortel were up 3% at midday on Tuesday after the deal was announced.",
                    "Shares of Ortel closed up 1.5% on Tuesday after the deal was announced.") == []
    assert numbers("Ortel shares rose 8% in premarket trading on Tuesday after the deal.",
                    "Ortel shares closed up 4% on Tuesday after the deal.") == []


def test_two_closes_or_two_highs_still_disagree():
    assert numbers("Shares of Veltro closed down 4% on Monday after the company cut its forecast.",
                    "Shares of Veltro closed down 2% on Monday after the company cut its forecast.") == [{"4%", "2%"}]
    assert numbers("Ortel shares closed up 4% on Tuesday after the deal.",
                    "Ortel shares ended the day up 6% on Tuesday after the deal.") == [{"4%", "6%"}]
    assert numbers("Ortel shares rose as much as 9% on Tuesday after the deal.",
                    "Ortel shares jumped as much as 12% on Tuesday after the deal.") == [{"9%", "12%"}]
    assert numbers("Brent crude settled at $81.20 a barrel on Friday.",
                    "Brent crude settled at $82.40 a barrel on Friday.") == [{"$81.20", "$82.40"}]


def test_a_session_word_outside_market_news_is_not_read():
    # "as many as" and "in the morning" in a toll are no trading session
    assert numbers("As many as 40 people were killed in the morning raid on the village, officials said.",
                    "The raid on the village killed 52 people, officials said.") == [{"As many as 40", "52"}]


# -- this year beside last year ----------------------------------------------------------------------------
def test_this_year_and_last_year_are_two_slots():
    assert numbers("The county recorded 212 overdose deaths this year, the coroner said.",
                    "The county recorded 180 overdose deaths last year, the coroner said.") == []
    assert numbers("Exports rose to $41 billion this year, the ministry said.",
                    "Exports were $37 billion last year, the ministry said.") == []
    assert numbers("The company sold 41,000 cars this month, it said on Friday.",
                    "The company sold 38,000 cars last month, it said on Friday.") == []


def test_one_period_told_twice_still_disagrees():
    assert numbers("The county recorded 212 overdose deaths this year, the coroner said.",
                    "The county recorded 240 overdose deaths this year, the coroner said.") == [{"212", "240"}]
    assert numbers("The company sold 41,000 cars last month, it said on Friday.",
                    "The company sold 45,000 cars last month, it said on Friday.") == [{"41,000", "45,000"}]


def test_a_period_past_another_figure_or_a_comparison_is_not_the_figures():
    from accord.disagree.verify import _relative_period_of
    from tests.test_disagree_verify import analysed
    _, vals = analysed("The poll found 62 percent support the bill, up from 55 percent last month.",
                       "The county recorded 212 deaths this year, compared with last year.")
    by = {v.mention.text: v for v in vals}
    assert _relative_period_of(by["62 percent"]) is None
    assert _relative_period_of(by["55 percent"]) == "last:month"
    assert _relative_period_of(by["212"]) == "this:year"


# -- the nation's figure beside a state's -------------------------------------------------------------------
def test_a_national_rate_is_no_state_rate():
    assert numbers("The national unemployment rate was 3.7% in May, the report said.",
                    "The state unemployment rate was 4.1% in May, the report said.") == []


def test_one_scope_or_state_media_still_disagrees():
    assert numbers("The national unemployment rate was 3.7% in May, the report said.",
                    "The national unemployment rate was 3.9% in May, the report said.") == [{"3.7%", "3.9%"}]
    from accord.disagree.verify import _scope_of
    from tests.test_disagree_verify import analysed
    _, vals = analysed("State media said 40 people were killed in the blast.",
                       "The Secretary of State said 12 diplomats were expelled nationwide.")
    by = {v.mention.text: v for v in vals}
    assert _scope_of(by["40"]) is None
    assert _scope_of(by["12"]) == "nation"


# -- near cases of one event that must still be reported --------------------------------------------------
def test_one_toll_one_age_one_day_still_disagree():
    assert numbers("A bomb killed 14 people at a market in Homs on Tuesday, activists said.",
                    "A bomb killed 19 people at a market in Homs on Tuesday, officials said.") == [{"14", "19"}]
    assert numbers("The gunman, Tom Reyes, 27, was shot dead by police on Sunday.",
                    "Police shot dead the gunman, Tom Reyes, 29, on Sunday.") == [{"27", "29"}]
    days = [d for d in found("Daniel Kerr was arrested on Friday at his home in Elmwood, police said.",
                             "Daniel Kerr was arrested on Thursday at his home in Elmwood, police said.") if d.kind == "date"]
    assert [{s.value for s in d.values} for d in days] == [{"Friday", "Thursday"}]


def test_a_running_figure_keeps_last_week_and_this_week_as_one_slot():
    from accord.disagree.verify import _one_slot
    from tests.test_disagree_verify import analysed, number_side
    sentences, vals = analysed("The storm's death toll stood at 30 people last week, officials said.",
                               "The storm's death toll stood at 41 people this week, officials said.")
    sides = [number_side(sentences, "a", 0, "30"), number_side(sentences, "b", 0, "41")]
    own = {id(sides[0]): [v for v in vals if v.mention.text == "30"],
           id(sides[1]): [v for v in vals if v.mention.text == "41"]}
    assert _one_slot(sides, lambda s: own[id(s)]) == []
    assert _one_slot(sides, lambda s: own[id(s)], running=True) == sides


def test_a_part_told_with_what_it_is_is_no_total():
    assert numbers("At least 12 of the dead were children, the ministry said.",
                    "At least 40 people were killed in the strike, the ministry said. The dead included many children.") == []
    from accord.disagree.verify import _mode_of
    from tests.test_disagree_verify import analysed
    _, vals = analysed("Police said three of the hostages were freed on Friday.",
                       "Two of the victims were women, police said.")
    by = {v.mention.text.lower(): v for v in vals}
    assert _mode_of(by["three"]) is None  # freed: a passive, the figure counts hostages freed
    assert _mode_of(by["two"]) == "part"


def test_seats_of_two_parties_are_two_slots():
    assert numbers("Republicans hold 53 seats in the Senate after the vote.",
                    "Democrats hold 47 seats in the Senate after the vote.") == []
    assert numbers("Republicans hold 53 seats in the Senate after the vote.",
                    "Republicans hold 51 seats in the Senate after the vote.") == [{"53", "51"}]


def test_a_group_past_another_figure_is_that_figures():
    from accord.disagree.verify import _group_of
    from tests.test_disagree_verify import analysed
    _, vals = analysed("A handful of people, including two children, were inside the hall.",
                       "Five women were inside the hall.")
    by = {v.mention.text.lower(): v for v in vals}
    assert _group_of(by["a handful"]) is None
    assert _group_of(by["five"]) == "women"


# -- two parts of a year or a game ------------------------------------------------------------------------
def test_two_quarters_or_a_quarter_and_the_year_are_two_slots():
    assert numbers("The economy grew 2.1% in the third quarter, the agency said.",
                    "The economy grew 3.4% in the fourth quarter, the agency said.") == []
    assert numbers("The company earned $2.1 billion in the fourth quarter, it said.",
                    "The company earned $8.3 billion for the full year, it said.") == []


def test_one_quarter_told_twice_still_disagrees():
    assert numbers("The economy grew 2.1% in the third quarter, the agency said.",
                    "The economy grew 2.4% in the third quarter, the agency said.") == [{"2.1%", "2.4%"}]
    from accord.disagree.verify import _span_of
    from tests.test_disagree_verify import analysed
    _, vals = analysed("Sales rose 4% in Q3 from 2% in the second quarter.")
    by = {v.mention.text: v for v in vals}
    assert _span_of(by["4%"]) == "quarter 3"  # the second quarter lies past another figure


def test_the_capital_beside_the_whole_country():
    assert numbers("Protesters numbering 5,000 marched in the capital on Saturday, police said.",
                    "Protesters numbering 20,000 marched across the country on Saturday, police said.") == []
    assert numbers("Protesters numbering 5,000 marched in the capital on Saturday, police said.",
                    "Protesters numbering 8,000 marched in the capital on Saturday, organizers said.") == [{"5,000", "8,000"}]


# -- two polls ---------------------------------------------------------------------------------------------
def test_figures_of_two_polls_are_two_slots():
    assert numbers("A CNN/ORC poll released Monday found 46 percent of voters back Clinton.",
                    "A Fox News poll released Monday found 41 percent of voters back Clinton.") == []


def test_one_poll_named_two_ways_still_disagrees():
    assert numbers("A Fox News poll released Monday found 46 percent of voters back Clinton.",
                    "A Fox News poll released Monday found 41 percent of voters back Clinton.") == [{"46 percent", "41 percent"}]
    from accord.disagree.verify import _fits, _poll_of, _slot
    from tests.test_disagree_verify import analysed
    _, vals = analysed("A new Washington Post-ABC News poll found 55 percent back the plan.",
                       "The ABC News/Washington Post poll found 52 percent back the plan.",
                       "Monday's Gallup poll found 30 percent back it, as did 28 percent in a Pew survey.")
    by = {v.mention.text: v for v in vals}
    assert _fits(_slot(by["55 percent"]), _slot(by["52 percent"]))
    assert _poll_of(by["30 percent"]) is None  # a sentence naming two polls compares them


def test_qualifiers_that_are_not_the_figures():
    from accord.disagree.verify import _mode_of, _relative_period_of, _scope_of
    from tests.test_disagree_verify import analysed
    _, vals = analysed("More than 93% of the Plains and 54% of the Midwest are enduring drought.",
                       "Dale said last week that he paid the firm $40,000 for the work.",
                       "During its national conference, more than 1,500 delegates voted for the plan.")
    by = {v.mention.text: v for v in vals}
    assert _mode_of(by["54%"]) is None  # a share of a whole, not a part told with what it is
    assert _relative_period_of(by["$40,000"]) is None  # when it was said
    assert _scope_of(by["more than 1,500"]) is None  # a national conference, no national figure


# -- a sum set aside within a package, a part told after its group -----------------------------------------
def test_a_sum_set_aside_is_no_package_total():
    assert numbers("The package sets aside $350 billion for state and local governments.",
                    "Congress approved a $400 billion package on Tuesday.") == []


def test_two_allotments_or_two_totals_still_disagree():
    assert numbers("The bill includes $350 billion for state and local governments, aides said.",
                    "The bill includes $360 billion for state and local governments, aides said.") == [
        {"$350 billion", "$360 billion"}]
    assert numbers("Congress approved a $400 billion package on Tuesday.",
                    "Congress approved a $450 billion package on Tuesday.") == [{"$400 billion", "$450 billion"}]


def test_a_part_told_after_its_group_is_no_total():
    assert numbers("Of those killed, 12 were children, officials said.",
                    "Officials said 40 people were killed in the strike.") == []


def test_a_price_during_the_day_beside_a_settlement():
    assert numbers("Brent crude rose as much as $84.10 a barrel on Friday before paring gains.",
                    "Brent crude settled at $82.40 a barrel on Friday.") == []


def test_a_sum_beside_a_budget_word_is_no_package_size():
    from accord.disagree.verify import _allotment_of
    from tests.test_disagree_verify import analysed
    _, vals = analysed("The country gave $75 million in core budget funds last year.",
                       "It raises domestic spending by $63 billion beyond strict budget caps.",
                       "Congress passed the $1.9 trillion relief bill on Saturday.")
    by = {v.mention.text: v for v in vals}
    assert _allotment_of(by["$75 million"]) is None
    assert _allotment_of(by["$63 billion"]) is None
    assert _allotment_of(by["$1.9 trillion"]) == "whole"


def test_a_group_beside_a_tally_is_not_its_own():
    from accord.disagree.verify import _group_of
    from tests.test_disagree_verify import analysed
    _, vals = analysed("House Democrats passed the bill with 220 votes on Friday.",
                       "The House passed the bill by 219 votes, with all Republicans opposed.",
                       "Among women, 54 percent back the plan.")
    by = {v.mention.text: v for v in vals}
    assert _group_of(by["220"]) is None
    assert _group_of(by["219"]) is None
    assert _group_of(by["54 percent"]) == "women"


def test_a_period_opening_the_sentence_a_polls_population_and_the_runs_reach():
    """mend: "Last year, …" is read (the period's words in any case); "a poll of Iowa voters" names who
    was polled, not the pollster; the reach is the run's options, not the defaults'."""
    from accord.disagree.verify import Reach, _poll_of, _relative_period_of
    from accord.options import DEFAULT
    from tests.test_disagree_verify import analysed
    _, vals = analysed("Last year, 180 people died on the county's roads, the coroner said.",
                       "A poll of Iowa voters found 40 percent back the plan.",
                       "The county recorded 212 deaths last year.")
    by = {v.mention.text: v for v in vals}
    assert _relative_period_of(by["180"]) == "last:year"
    assert _poll_of(by["40 percent"]) is None
    assert _relative_period_of(by["212"]) == "last:year"
    narrow = Reach.of(DEFAULT.with_(verify_slot_words_after=0))
    assert narrow.after == 0 and Reach.of(DEFAULT).after == DEFAULT.verify_slot_words_after
    assert _relative_period_of(by["212"], narrow) is None

# ------------------------------------------------------------------ precision51 (invented texts, near cases)

def _all(*texts: str) -> list[tuple[str, str, set[str], list[str | None]]]:
    """(kind, type, values, times) of every disagreement of one-paragraph articles a, b, ..."""
    return [(d.kind, d.type, {s.value for s in d.values}, [s.time for s in d.values]) for d in found(*texts)]


def test_a_figure_told_at_a_time_of_day_is_a_running_figure() -> None:
    got = _all("By Tuesday morning, rescuers had pulled 40 people from the rubble of the hotel in Vorland.",
               "By Tuesday evening, rescuers had pulled 65 people from the rubble of the hotel in Vorland.")
    assert [(k, t, v) for k, t, v, _ in got] == [("number", "evolving", {"40", "65"})]  # no date conflict either
    assert got[0][3] == ["By Tuesday morning", "By Tuesday evening"]
    got = _all("The blaze near Ostwick had burned 4,000 acres as of Monday evening, firefighters said.",
               "The blaze near Ostwick has burned 6,500 acres, firefighters said.")
    assert [(k, t) for k, t, _, _ in got] == [("number", "evolving")]
    assert got[0][3][0] == "as of Monday evening"


def test_one_toll_or_one_age_told_twice_still_conflicts() -> None:
    # near cases: one event's toll (its time of day is the event's, no reading's), one clock on both sides, an age
    assert _all("The quake killed 40 people in Vorland on Tuesday morning, officials said.",
                "The quake killed 65 people in Vorland on Tuesday morning, officials said.")[0][:3] == \
        ("number", "conflict", {"40", "65"})
    assert _all("The quake struck at 5 a.m., killing 40 people in Vorland, officials said.",
                "The quake struck at 5 a.m., killing 65 people in Vorland, officials said.")[0][:3] == \
        ("number", "conflict", {"40", "65"})
    assert _all("By Tuesday evening, rescuers had pulled 40 people from the rubble of the hotel in Vorland.",
                "By Tuesday evening, rescuers had pulled 65 people from the rubble of the hotel in Vorland.")[0][:3] == \
        ("number", "conflict", {"40", "65"})
    assert _all("Karl Ost, 45, was arrested by police on Tuesday evening after the crash.",
                "Karl Ost, 47, was arrested by police on Tuesday evening after the crash.")[0][:2] == ("number", "conflict")


def test_one_events_day_still_conflicts() -> None:
    got = _all("The hotel in Vorland collapsed on Tuesday morning, killing 40 people.",
               "The hotel in Vorland collapsed on Monday evening, killing 40 people.")
    assert [(k, t, v) for k, t, v, _ in got] == [("date", "conflict", {"Tuesday morning", "Monday evening"})]


def test_one_place_under_two_names_is_no_place_conflict() -> None:
    for a, b in (("Bombay", "Mumbai"), ("Kiev", "Kyiv"), ("Zürich", "Zurich"), ("St. Albans", "Saint Albans")):
        assert _all(f"Ravi Tandon, 62, of {a}, was arrested on Monday after the crash, police said.",
                    f"Ravi Tandon, 62, of {b}, was arrested on Monday after the crash, police said.") == [], (a, b)
    # a name the story itself gives as the other's ("Vorland, formerly Ostland")
    assert _all("Ana Ruiz, 62, of Vorland, was arrested on Monday. She grew up in Vorland, formerly Ostland.",
                "Ana Ruiz, 62, of Ostland, was arrested on Monday after the crash, police said.") == []


def test_two_places_still_conflict() -> None:
    got = _all("Ravi Tandon, 62, of Bombay, was arrested on Monday after the crash, police said.",
               "Ravi Tandon, 62, of Pune, was arrested on Monday after the crash, police said.")
    assert [(k, t, v) for k, t, v, _ in got] == [("place", "conflict", {"Bombay", "Pune"})]
    got = _all("Ana Ruiz, 62, of Vorland, was arrested on Monday. Vorland and Ostland are near.",
               "Ana Ruiz, 62, of Ostland, was arrested on Monday after the crash, police said.")
    assert [(k, v) for k, _, v, _ in got] == [("place", {"Vorland", "Ostland"})]


def test_shot_to_death_is_no_count_of_people_shot() -> None:
    assert numbers("Police say three people were shot and two killed during rioting in Harlow on Tuesday.",
                   "Two people were shot to death during rioting in Harlow on Tuesday.") == []
    # near case: two tolls of the dead
    assert numbers("Two people were shot to death during rioting in Harlow on Tuesday.",
                   "Three people were shot to death during rioting in Harlow on Tuesday.") == [{"Two", "Three"}]


def test_a_change_from_one_sum_to_another_is_no_range() -> None:
    assert numbers("Senate leader Tom Vale on Tuesday blocked a House bill to boost a new round of checks from $600 "
                   "to $2,000 per person.",
                   "There is no sign that a standalone bill on $2,000 checks will get a vote in the Senate, Vale said "
                   "on Tuesday.") == []
    # near case: a range of what each household gets is one
    assert numbers("The plan would pay each household $600 to $2,000, depending on income, Vale said on Tuesday.",
                   "The plan would pay each household $1,200, depending on income, Vale said on Tuesday.") == \
        [{"$600 to $2,000", "$1,200"}]


def test_a_window_counted_from_a_start_is_no_time_gone_by() -> None:
    assert numbers("“Tomorrow, 58 days into our administration, we will have met my goal of 100 million shots,” "
                   "Mayor Vale said.",
                   "Mayor Vale announced the city will meet its goal of 100 million shots in his first 100 days on "
                   "Friday.") == []
    assert numbers("The strike at the Vorland plant ended 58 days into the dispute, the union said.",
                   "The strike at the Vorland plant ended 61 days into the dispute, the union said.") == \
        [{"58 days", "61 days"}]


def test_a_vague_side_whose_article_gives_the_figure_goes() -> None:
    assert numbers("The United States plans to send millions of doses of the vaccine to Mexico and Canada, the White "
                   "House said Thursday. The plan would send 2.5 million doses of the vaccine to Mexico and 1.5 million "
                   "to Canada, the White House said.",
                   "The United States plans to send roughly 4 million doses of the vaccine to Mexico and Canada, an "
                   "official said on Thursday.") == []
    assert numbers("The United States plans to send millions of doses of the vaccine to Mexico and Canada, the White "
                   "House said Thursday.",
                   "The United States plans to send roughly 4 million doses of the vaccine to Mexico and Canada, an "
                   "official said on Thursday.") == [{"millions", "roughly 4 million"}]


def test_a_body_name_cut_short_is_no_name() -> None:
    assert [d for d in found(
        "Former director of the U.S. Centers for Disease Control and Prevention (CDC) Robert Redfield spoke on CNN on "
        "Friday about the origin of the virus.",
        "Former Centers for Disease Control and Prevention (CDC) Director Robert Redfield told CNN on Friday that the "
        "virus escaped from a lab.") if d.kind == "name"] == []
    # near case: a whole name, and a person's name before "of" + a place, are read as they are
    whole = [side("Centers for Disease Control", "a"), side("National Institutes of Health", "b")]
    whole[0] = dataclasses.replace(whole[0], evidence="The Centers for Disease Control said on Monday.")
    whole[1] = dataclasses.replace(whole[1], evidence="The National Institutes of Health said on Monday.")
    assert len(gate("name", "name in the same role: agency", *whole)) == 2
    people = [dataclasses.replace(side("Tom Vale", "a"), evidence="Mayor Tom Vale of Harlow said on Monday."),
              dataclasses.replace(side("Tom Vane", "b"), evidence="Mayor Tom Vane of Harlow said on Monday.")]
    assert len(gate("name", "name in the same role: mayor", *people)) == 2


def test_a_headline_length_in_years_states_the_other_side() -> None:
    from accord.model import Article as A
    def told(head: str) -> list[set[str]]:
        arts = [A(id="a", title=head, text="The state carried out its first execution in nearly two decades on Tuesday."),
                A(id="b", title="Vale executed", text="Tom Vale on Tuesday became the first prisoner executed in over 17 "
                                                      "years, hours after the court ruled.")]
        sentences, _ = analyse_story(arts, DEFAULT, reference=None)
        return [{s.value for s in d.values} for d in compare(align(arts, sentences), DEFAULT, articles=["a", "b"],
                                                              titles={a.id: a.title for a in arts}).disagreements]
    assert told("State carries out first execution in 17 years") == []
    assert told("State carries out first execution") == [{"nearly two decades", "over 17 years"}]


def test_a_sum_that_leaves_out_what_the_other_takes_in_is_a_part() -> None:
    assert numbers("The White House is asking Congress for $14 billion in aid for natural disasters that occurred "
                   "before Hurricane Vera.",
                   "The White House is asking Congress for $24 billion in aid for natural disasters, including "
                   "Hurricane Vera.") == []
    # near cases: both take it in, or one names nothing
    assert numbers("The White House is asking Congress for $14 billion in aid for natural disasters, including "
                   "Hurricane Vera.",
                   "The White House is asking Congress for $24 billion in aid for natural disasters, including "
                   "Hurricane Vera.") == [{"$14 billion", "$24 billion"}]
    assert numbers("The White House is asking Congress for $14 billion in aid for natural disasters, including "
                   "Hurricane Vera.",
                   "The White House is asking Congress for $24 billion in aid for natural disasters.") == \
        [{"$14 billion", "$24 billion"}]


def test_an_office_and_a_surname_name_one_person() -> None:
    from accord.disagree.verify import _one_name
    assert _one_name("Secretary Locke", "Gary Locke") and _one_name("Gary F. Locke", "Gov. Locke")
    # near cases: two surnames, two offices, a spouse's honorific
    assert not _one_name("Secretary Locke", "Secretary Salazar")
    assert not _one_name("Secretary Locke", "Gary Lake")
    assert not _one_name("Mrs. Locke", "Gary Locke")


# ------------------------------------------------------------------ precision52 (invented texts, near cases)

def _figures(*texts: str) -> list[tuple[str, set[str]]]:
    """(type, values) of every number disagreement of one-paragraph articles a, b, ..."""
    return [(d.type, {s.value for s in d.values}) for d in found(*texts) if d.kind == "number"]


def test_a_parents_children_are_no_age_and_no_toll() -> None:
    mother = "A jury has handed down a guilty verdict for one of the two men accused of murdering a Marlow mother of 12."
    ages = ("Dana Velt was killed when the accused men Karl Ost, 20 and Ben Ruse, 24, were firing from a rooftop in "
            "Marlow and one bullet hit her.")
    assert numbers(mother, ages, checked=False) == [{"12", "20"}]  # what the finders pair: children / an age
    assert _figures(mother, ages) == []
    # near case: one mother's children told twice still disagree
    assert _figures("Prosecutors released new video in the trial of the men accused of killing a Marlow mother of 12, "
                    "Dana Velt.",
                    "Video of Marlow mother of 13 Dana Velt being killed in a gang shooting was released Thursday.") \
        == [("conflict", {"12", "13"})]


def test_kin_of_a_figure() -> None:
    sentences, vals = analysed("Dana Velt, a mother of 12, was shot on Friday.",
                               "Karl Ost, 20, and Ben Ruse, 24, were charged with killing her.",
                               "She had five children, and 20 people saw the shooting in Marlow, 30 miles away.")
    kin = {(v.sentence.article, v.mention.text): verify._kin_of(v) for v in vals}
    assert kin[("a", "12")] == "children" and kin[("c", "five")] == "children"
    assert kin[("b", "20")] == "age" and kin[("b", "24")] == "age"
    assert kin[("c", "20")] is None  # a count of people, not in apposition to a name
    assert all(k is None for (a, text), k in kin.items() if "30" in text)


def test_two_bidders_offers_are_two_slots() -> None:
    got = _figures("The Hawks have made first baseman Karl Ost an eight-year, $160 million offer, the radio host reported.",
                   "The Owls have made first baseman Karl Ost an eight-year, $184 million offer, the radio host reported.")
    assert got == []
    # near case: one bidder's offer told at two sums still disagrees
    got = _figures("The Hawks have made first baseman Karl Ost an eight-year, $160 million offer, the radio host reported.",
                   "The Hawks have made first baseman Karl Ost an eight-year, $184 million offer, the radio host reported.")
    assert got == [("conflict", {"$160 million", "$184 million"})]


def test_bidder_of_a_figure() -> None:
    sentences, vals = analysed(
        "That blows the reported $160 million offers by the Hawks and the Jays out of the water.",
        "Reports of the Owls offer varied, though one station claims it was $184 million.",
        "The Owls' latest bid of $90 million topped the $80 million the Jays offered.",
        "Karl Ost earned $12 million last season.")
    bidder = {(v.sentence.article, v.mention.text): verify._bidder_of(v) for v in vals if v.type.startswith("money")}
    assert bidder[("a", "$160 million")] == "hawks|jays"
    assert bidder[("b", "$184 million")] == "owls"
    assert bidder[("c", "$90 million")] == "owls" and bidder[("c", "$80 million")] == "jays"
    assert bidder[("d", "$12 million")] is None  # no offer in its sentence


def test_a_days_count_is_part_of_a_count_over_several_days() -> None:
    assert _figures("Police said they had detained 200 people in Vorland in the past week.",
                    "Police said they had detained 86 people in Vorland on Saturday.") == []
    # near cases: two counts of one day, two counts of one span, a day after a verb of saying
    assert _figures("Police said they had detained 120 people in Vorland on Saturday.",
                    "Police said they had detained 86 people in Vorland on Saturday.") == [("conflict", {"120", "86"})]
    assert _figures("Police said they had detained 200 people in Vorland in the past week.",
                    "Police said they had detained 150 people in Vorland in the past week.") == [("conflict", {"200", "150"})]


def test_days_of_a_figure() -> None:
    sentences, vals = analysed("More than 200 people have been arrested over eight days of protests in Vorland.",
                               "Police arrested 86 people on Saturday in Vorland.",
                               "Police said on Saturday that 86 people had been arrested.",
                               "Officers have detained 40 protesters since Friday.")
    days = {(v.sentence.article, v.mention.text): verify._days_of(v) for v in vals if v.type == "count"}
    assert days[("a", "More than 200")] == "span"
    assert days[("b", "86")] == "day"
    assert days[("c", "86")] is None  # the day it was said
    assert days[("d", "40")] == "span"


def test_two_peoples_spans_are_two_slots() -> None:
    assert _figures("Dana Velt, who had dated her boyfriend Karl Ost for two years, was found dead in Marlow on Tuesday.",
                    "Karl Ost, who had lived with his mother for three years, was arrested in Marlow on Tuesday.") == []
    # near cases: one span told twice, with its verb after "for" or with none
    assert _figures("Dana Velt, who had dated her boyfriend Karl Ost for two years, was found dead in Marlow on Tuesday.",
                    "Dana Velt, who had dated Karl Ost for three years, was found dead in Marlow on Tuesday.") \
        == [("conflict", {"two years", "three years"})]
    assert _figures("Karl Ost served four months in federal prison for fraud in Marlow.",
                    "Karl Ost served five months in federal prison for fraud in Marlow.") \
        == [("conflict", {"four months", "five months"})]


def test_the_end_of_a_range_is_no_figure() -> None:
    assert _figures("The governor said 40 percent to 70 percent of the buildings in the seven villages of Vorland were "
                    "destroyed by the quake.",
                    "The governor said 80 percent of the buildings in the seven villages of Vorland were destroyed by the "
                    "quake.") == []
    # near cases: a change from one share to another, and one share told twice, still disagree
    change = ("The governor said the share of buildings destroyed in the seven villages of Vorland rose from 40 percent "
              "to 70 percent.",
              "The governor said the share of buildings destroyed in the seven villages of Vorland rose to 80 percent.")
    assert numbers(*change) == numbers(*change, checked=False) != []
    assert _figures("The governor said 70 percent of the buildings in the seven villages of Vorland were destroyed.",
                    "The governor said 80 percent of the buildings in the seven villages of Vorland were destroyed.") \
        == [("conflict", {"70 percent", "80 percent"})]


def test_range_end_of_a_figure() -> None:
    sentences, vals = analysed("The governor said 40 percent to 70 percent of the buildings were destroyed.",
                               "The worst hit villages sustained between 40 and 80 percent damage.",
                               "The share rose from 40 percent to 70 percent last year.",
                               "Some 20 percent and 30 percent of homes in two towns were damaged.")
    ends = {(v.sentence.article, v.mention.text): verify._range_end(v) for v in vals}
    assert ends[("a", "70 percent")] and ends[("b", "80 percent")]
    assert not ends[("a", "40 percent")] and not ends[("c", "70 percent")]  # a lower end; a change
    assert not ends[("d", "30 percent")]  # "and" without "between": two figures


def test_a_condition_is_no_figure_reported() -> None:
    assert _figures("Officials said 90 percent of eligible voters in Vorland took part in the election on Sunday.",
                    "Under Vorland law, the election can only be declared valid with a turnout of more than 50 percent "
                    "of eligible voters.") == []


def test_a_route_is_no_offset() -> None:
    sentences, vals = analysed("Police officers chased Karl Ost for about 30 miles before arresting him near Marlow.",
                               "Police evacuated the office building in Vorland, about 15 miles north of Marlow.",
                               "The town lies 40 km east of the coast.",
                               "The crash closed 12 miles of the interstate.")
    dims = {(v.sentence.article, v.mention.text): verify._dimension(v) for v in vals if v.type == "distance"}
    assert dims[("a", "about 30")] == "route" and dims[("b", "about 15")] == "offset" and dims[("c", "40")] == "offset"
    assert dims[("d", "12")] == "plain"
    assert not verify._fits({"dimension": "route"}, {"dimension": "offset"})
    # near cases: two offsets, an offset and a plain distance, two routes stay one slot
    assert verify._fits({"dimension": "offset"}, {"dimension": "offset"})
    assert verify._fits({"dimension": "plain"}, {"dimension": "offset"})
    assert verify._fits({"dimension": "route"}, {"dimension": "route"})
    # an offset told twice still disagrees
    assert _figures("Police evacuated the office building in Vorland, about 30 miles north of Marlow.",
                    "Police evacuated the office building in Vorland, about 15 miles north of Marlow.") \
        == [("conflict", {"about 30 miles", "about 15 miles"})]


def test_near_cases_of_a_condition_and_a_bidder() -> None:
    # a count of valid things is no condition; a proposal's sponsor is no bidder (found on the diagnosis half)
    sentences, vals = analysed("Officials said 1,626,042 valid signatures have been collected in Vorland.",
                               "Senators will accept a proposal by Dana Velt to raise the debt limit for two months.",
                               "Senators will accept a proposal by the Hawks party to extend the limit for three months.")
    by = {(v.sentence.article, v.mention.text): v for v in vals}
    assert verify._mode_of(by[("a", "1,626,042")]) is None
    assert verify._bidder_of(by[("b", "two")]) is None and verify._bidder_of(by[("c", "three")]) is None

# ------------------------------------------------------------------ mend52 (the review of precision51; invented texts)


def test_a_range_no_verb_of_change_governs_stays_a_range() -> None:
    """mend52: the noun "cut" before another verb, and "ranging from", make no change from one value to another."""
    from accord.disagree.verify import _changes
    def kept(evidence: str, value: str) -> bool:
        s = dataclasses.replace(side(value, "a"), evidence=evidence)
        return bool(_changes([s]))
    assert kept("The tax cut would give each household from $600 to $2,000, depending on income.", "$600 to $2,000")
    assert kept("The toll rose sharply, with estimates ranging from 100,000 to 240,000.", "100,000 to 240,000")
    assert kept("The death toll climbed to estimates ranging from 100,000 to 240,000.", "100,000 to 240,000")
    assert kept("A pay rise for nurses, each getting from $600 to $2,000, was agreed.", "$600 to $2,000")
    # near cases: the verb governs its object and the figures
    assert not kept("A bill to boost a new round of checks from $600 to $2,000 per person.", "$600 to $2,000")
    assert not kept("The council voted to raise the fee from $600 to $2,000.", "$600 to $2,000")
    assert not kept("The plan would cut the tax from 10 percent to 8 percent.", "10 percent to 8 percent")
    assert not kept("Sales rose from 100,000 to 240,000.", "100,000 to 240,000")
    # the window is an option
    s = dataclasses.replace(side("$600 to $2,000", "a"), evidence="A bill to boost a new round of checks from $600 "
                                                                  "to $2,000 per person.")
    assert _changes([s], words=2) == [s]


def test_a_time_that_is_when_something_happened_is_no_reading_time() -> None:
    """mend52: "arrived by 5 p.m." is when they arrived, not when a figure stood: the two tolls conflict."""
    got = _all("Firefighters arrived by 5 p.m. and rescued 12 people from the flooded mall in Vorland.",
               "Firefighters arrived at 5 p.m. and rescued 15 people from the flooded mall in Vorland.")
    assert [(k, t, v) for k, t, v, _ in got if k == "number"] == [("number", "conflict", {"12", "15"})]
    # near case: "by" opening a clause, or "as of" anywhere, is when the figure stood
    got = _all("Rescuers worked all day, and by 5 p.m. they had pulled 12 people from the flooded mall in Vorland.",
               "Rescuers worked all day, and by 9 p.m. they had pulled 15 people from the flooded mall in Vorland.")
    assert [(k, t) for k, t, _, _ in got if k == "number"] == [("number", "evolving")]


def test_an_office_and_a_surname_is_no_one_when_two_people_share_it() -> None:
    """mend52: "Gov. Cuomo" may be Andrew or Mario Cuomo when the story names both."""
    from accord.disagree.verify import _name_forms, _one_name
    assert not _one_name("Gov. Cuomo", "Mario Cuomo", ["Andrew Cuomo", "Mario Cuomo"])
    assert not _one_name("President Bush", "Jeb Bush", ["George W. Bush", "Jeb Bush"])
    # near cases: the story names one person of that surname, written two ways
    assert _one_name("Gov. Cuomo", "Mario Cuomo", ["Mario Cuomo", "Mario M. Cuomo", "Gov. Cuomo"])
    assert _one_name("President Bush", "George Bush", ["George W. Bush"])
    sides = [side("Gov. Cuomo", "a"), side("Mario Cuomo", "b"), side("Andrew Cuomo", "c")]
    assert len(_name_forms(sides)) == 3
    assert len(_name_forms(sides[:2])) == 1


# review of precision52 (invented texts): a figure "to" another of another thing is no range; the verb nearest
# the "for" is the span's
def test_two_ends_of_other_things_are_no_range() -> None:
    b = "A judge in Marlow sentenced the three men to 12 years in prison for the robbery on Friday."
    assert _figures("A judge in Marlow sentenced 3 men to 10 years in prison for the robbery on Friday.", b) \
        == _figures("A judge in Marlow sentenced the men to 10 years in prison for the robbery on Friday.", b) != []
    s, vals = analysed("The Dow gained 200 points to 25,000 on Tuesday.",
                       "Officials said 40 percent to 70 percent of the buildings were destroyed.")
    ends = {v.mention.text: verify._range_end(v) for v in vals}
    assert not any(e for t, e in ends.items() if "25,000" in t)
    assert any(e for t, e in ends.items() if "70" in t)  # the near case: one unit at both ends


def test_the_verb_nearest_the_for_owns_the_span() -> None:
    d = "Karl Ost was held for five days in Marlow."
    assert _figures("Police arrested Karl Ost and held him for three days in Marlow.", d) \
        == _figures("Police held Karl Ost for three days in Marlow.", d) != []


# ------------------------------------------------------------------ precision53 (invented texts)


def test_bidders_told_with_an_aside_a_long_offer_or_a_deal_with_a_team() -> None:
    """precision53: more ways news names who made an offer (read blind: two teams' offers were still reported)."""
    sentences, vals = analysed(
        "The radio host said the Hawks have made first baseman Karl Ost an eight - year, $200 million offer.",
        "The Owls, according to reports, have offered Ost a seven - year deal worth $140 million.",
        "The Owls have the weakest offer of the bunch, worth $140 million.",
        "Ben Ruse agreed to a seven-year, $161-million deal with the Jays late Tuesday night.",
        "Karl Ost earned $12 million last season under his contract.",
        "The Hawks signed a $5 million deal on Friday.",
        "The Owls have made an offer between $140 and $150 million over seven years.")
    bidder = {(v.sentence.article, v.mention.text): verify._bidder_of(v) for v in vals if v.type.startswith("money")}
    assert bidder[("a", "$200 million")] == "hawks"
    assert bidder[("b", "$140 million")] == "owls"
    assert bidder[("c", "$140 million")] == "owls"
    assert bidder[("g", "$150 million")] == "owls"  # the high end of a range: the sum between is its low end
    assert bidder[("d", "$161")] == "jays"
    # near cases: a contract with no party named, a deal signed by its own side with no "with"
    assert bidder[("e", "$12 million")] is None
    assert bidder[("f", "$5 million")] is None
    assert _figures("The Owls, according to reports, have offered Karl Ost a seven-year deal worth $140 million.",
                    "The Hawks, according to reports, have offered Karl Ost a seven-year deal worth $160 million.") == []
    # near cases: a bidder told by its people whose sentence names the team too; one bidder's offer at two sums
    assert _figures("The radio host said the Hawks have made first baseman Karl Ost an eight-year, $200 million offer.",
                    "Lynch reported the Hawks team of owner Dana Velt and General Manager Ben Ruse offered Karl Ost an "
                    "eight-year deal worth $184 million.") == [("conflict", {"$184 million", "$200 million"})]
    assert _figures("The Owls, according to reports, have offered Karl Ost a seven-year deal worth $140 million.",
                    "The Owls have offered Karl Ost a seven-year deal worth $160 million, reports said.") \
        == [("conflict", {"$140 million", "$160 million"})]


def test_the_time_crews_were_called_is_not_when_the_fire_broke_out() -> None:
    """precision54: a time someone was alerted, called or sent to a happening is another moment than the
    happening's own (read blind as sub-events of one fire)."""
    about = "time: the warehouse fire"
    broke = day_side("8.15pm", "a", "The blaze broke out in the roof of the Kelby warehouse at about 8.15pm on Sunday.")
    alerted = day_side("20:21", "b", "Officers were alerted to the fire at the Kelby warehouse at 20:21 on Sunday.")
    called = day_side("8.30pm", "c", "Fire crews were called to the Kelby warehouse shortly before 8.30pm on Sunday.")
    fronted = day_side("8.25pm", "d", "At 8.25pm, police were called to the Kelby warehouse on Sunday.")
    assert gate("date", about, broke, alerted) == []
    assert gate("date", about, broke, called) == []
    assert gate("date", about, fronted, broke) == []
    # near cases: one happening's time told two ways stays; two times crews were called stay
    other = day_side("9.40pm", "b", "The blaze broke out in the roof of the Kelby warehouse at 9.40pm on Sunday.")
    assert gate("date", about, broke, other) == [broke, other]
    late = day_side("10.05pm", "d", "Fire crews were called to the Kelby warehouse at 10.05pm on Sunday.")
    assert gate("date", about, called, late) == [called, late]
    # a side whose other article tells the same time as the happening's own is no response
    sentences, _ = analysed("Police were alerted to a fire at the Kelby warehouse at 8.49pm on Sunday.",
                            "The blaze broke out in the roof of the Kelby warehouse at 8.49pm on Sunday.",
                            "The blaze broke out in the roof of the Kelby warehouse at around 9pm on Sunday.")
    both = Side(value="8.49pm", normalized=None, articles=["a", "b"], evidence=sentences[0].text,
                sentences=[sentences[0].ref, sentences[1].ref])
    around = Side(value="9pm", normalized=None, articles=["c"], evidence=sentences[2].text, sentences=[sentences[2].ref])
    kept = verify.check([Disagreement(kind="date", about=about, values=[both, around])], sentences, [])
    assert kept and kept[0].values == [both, around]
    # a verb that only names ("what police called an ambush") is no call
    named = day_side("9.50pm", "e", "The shooting, which police called an ambush, happened at 9.50pm on Sunday.")
    shot = day_side("8.05pm", "f", "The shooting happened at 8.05pm on Sunday near the Kelby warehouse.")
    assert gate("date", about, named, shot) == [named, shot]


def test_a_place_of_care_called_a_center_and_a_clinic_is_one_name() -> None:
    """precision54: "the Mara Velt Center" is often "the Mara Velt Clinic" (read blind as a name variant)."""
    about = "name in the same role: a / b"
    care = [Side(value="Mara Velt Center", normalized=None, articles=["a"],
                 evidence="She checked into the Mara Velt Center, a drug treatment facility, on Monday."),
            Side(value="Mara Velt Clinic", normalized=None, articles=["b"],
                 evidence="She was admitted to the Mara Velt Clinic on Monday.")]
    assert gate("name", about, *care) == []  # mend54: a care word in the sentences makes it a place of care
    # near cases: two different names of one kind, a kind word that is no place of care, a one-word name
    two = [side("Mara Velt Center", "a"), side("Dana Ruse Center", "b")]
    assert gate("name", about, *two) == two
    other = [side("Mara Velt Center", "a"), side("Mara Velt Foundation", "b")]
    assert gate("name", about, *other) == other
    short = [side("Velt Center", "a"), side("Velt Clinic", "b")]
    assert gate("name", about, *short) == short


def test_a_bidder_is_named_by_its_whole_name_and_a_range_exempts_only_its_low_end() -> None:
    """mend53 (a reviewer's findings on precision53): a shared word ("new") names no bidder; a range's low end
    exempts that one sum, never another sum between the bidder and the figure."""
    assert _figures("The New York Mets have offered Karl Ost an eight-year deal worth $200 million.",
                    "The Owls have offered Karl Ost a new eight-year deal worth $160 million.") == []
    # near case: the other sentence names the bidder whole, in order
    assert _figures("The radio host said the New York Mets have made Karl Ost an eight-year, $200 million offer.",
                    "Lynch reported the New York Mets team of owner Dana Velt offered Karl Ost an eight-year deal "
                    "worth $184 million.") == [("conflict", {"$184 million", "$200 million"})]
    assert verify._bidder_named({"bidder": "new|york|mets"}, {"bidder": "owls"},  # type: ignore[dict-item]
                                ("x", "The Owls have a new offer.")) is False
    sentences, vals = analysed(
        "The Hawks have offered Karl Ost $100 million, more than the Owls, whose offer is between $140 and $150 "
        "million.",
        "The Owls have made an offer between $140 and $150 million over seven years.")
    bidder = {(v.sentence.article, v.mention.text): verify._bidder_of(v) for v in vals if v.type.startswith("money")}
    assert bidder[("a", "$150 million")] in (None, "owls")
    assert bidder[("a", "$100 million")] == "hawks"
    assert bidder[("b", "$150 million")] == "owls"  # near case: the range's low end alone between


def test_a_bidder_is_named_by_the_last_words_of_its_name_as_a_name_of_their_own() -> None:
    """mend53: "the Red Sox" names "the Boston Red Sox"; "the White Sox" and "a new deal" do not."""
    def named(bidder: str, text: str) -> bool:
        return verify._bidder_named({"bidder": bidder}, {"bidder": "x"}, ("", text))  # type: ignore[dict-item]

    assert named("boston|red|sox", "Lynch reported the Red Sox team offered Karl Ost $184 million.")
    assert named("red|sox", "The Boston Red Sox offered Karl Ost $184 million.")
    assert not named("boston|red|sox", "The White Sox offered Karl Ost $184 million.")
    assert not named("new|york|mets", "The Owls have offered Karl Ost a new eight-year deal.")
    assert not named("new|york|mets", "The Owls have offered Karl Ost a New Year deal.")


def test_a_time_is_a_response_only_when_someone_was_called_or_sent_to_the_scene_in_its_own_clause() -> None:
    """mend54 (a reviewer's findings on precision54): a passive "called" / "sent" that calls nobody to the
    scene ("called off", "called a hero", "sent to prison"), or one in the next clause ("… at 8.15pm and crews
    were called."), makes no time a response: both sides of the real disagreement stay."""
    about = "day: the blaze"
    pairs = [("8.15pm", "The blaze broke out at 8.15pm and crews were called.",
              "9.40pm", "The blaze broke out at the Kelby warehouse at 9.40pm on Sunday."),
             ("8.15pm", "The man, who was called a hero by neighbours, died at 8.15pm on Sunday.",
              "9.40pm", "The man died at 9.40pm on Sunday in hospital."),
             ("Monday", "Smith, who was sent to prison in 2009, died in his cell on Monday.",
              "Tuesday", "Smith died in his cell on Tuesday."),
             ("Monday", "The game was called off and the stadium collapsed on Monday.",
              "Tuesday", "The stadium collapsed on Tuesday.")]
    for va, ta, vb, tb in pairs:
        a, b = day_side(va, "a", ta), day_side(vb, "b", tb)
        assert gate("date", about, a, b) == [a, b], ta
    # near cases: called to the scene, sent to the scene, a time right after "were called": responses
    broke = day_side("8.15pm", "a", "The blaze broke out at the Kelby warehouse at 8.15pm on Sunday.")
    for text, value in [("Crews were called out shortly before 8.40pm on Sunday.", "8.40pm"),
                        ("Two engines were sent to the scene at 8.40pm on Sunday.", "8.40pm"),
                        ("At 8.40pm, firefighters were called to the warehouse on Sunday.", "8.40pm")]:
        assert gate("date", about, broke, day_side(value, "c", text)) == [], text


def test_a_center_and_a_clinic_of_one_name_are_two_places_unless_they_give_care() -> None:
    """mend54 (a reviewer's finding on precision54): "X Center" and "X Clinic" are one place only when the
    names or their sentences say it gives care."""
    about = "name in the same role: a / b"
    for x in ("New York", "Tom Ruse Community"):
        two = [side(f"{x} Center", "a"), side(f"{x} Clinic", "b")]
        assert gate("name", about, *two) == two
    # near case: a care word in the name itself
    assert gate("name", about, side("Dana Ruse Cancer Center", "a"), side("Dana Ruse Cancer Clinic", "b")) == []


# ------------------------------------------------------------------ precision55: what narrows a count's set

def test_a_count_narrowed_on_one_side_is_a_part_of_the_other() -> None:
    """precision55: how badly a count was hit ("seriously injured", "badly hit"), a part of the event ("in the first
    blast") or a kind of yards ("rushing yards") on one side only makes the two figures two sets."""
    parts = [
        ("Twelve people were seriously injured in the blast at the Dorval market, police said.",
         "Twenty people were injured in the blast at the Dorval market, police said."),
        ("Five villages were badly hit by the quake near Tarn, the governor said.",
         "About 15 villages were damaged by the quake near Tarn, the governor said."),
        ("Four people were critically injured in the fire at the Ostby plant on Friday.",
         "Nine people were hurt in the fire at the Ostby plant on Friday."),
        ("Twelve people were injured in the first blast at the Dorval market, police said.",
         "Twenty people were injured in the blasts at the Dorval market, police said."),
        ("Eight people were killed in the second of two quakes that struck Tarn on Sunday.",
         "Fourteen people were killed when the quakes struck Tarn on Sunday."),
    ]
    for a, b in parts:
        assert numbers(a, b, checked=False) != [], a  # paired before the check
        assert numbers(a, b) == [], a
    # near cases that must still fire: the same narrowing on both sides, or told in the other side's sentence
    same = [
        ("Twelve people were seriously injured in the blast at the Dorval market, police said.",
         "Twenty people were seriously injured in the blast at the Dorval market, police said."),
        ("Five villages were badly hit by the quake near Tarn, the governor said.",
         "Seven villages were badly hit by the quake near Tarn, the governor said."),
        ("Twelve people were injured in the first blast at the Dorval market, police said.",
         "Twenty people were injured in the first blast at the Dorval market, police said."),
        ("Twelve people were seriously injured in the blast at the Dorval market, police said.",
         "Twenty people were injured in the blast at the Dorval market, all of them seriously, police said."),
        # things levelled were hit as hard as those "badly hit": one set of the worst hit
        ("Five villages were badly hit by the quake near Tarn, the governor said.",
         "The quake levelled seven villages near Tarn, the governor said."),
    ]
    for a, b in same:
        assert len(numbers(a, b)) == 1, a


def test_plain_counts_of_one_toll_still_disagree() -> None:
    """precision55's narrowing reads nothing into plain tolls and deployments: one toll told as 12 and 15, "at least
    30 dead" / "32 people died", 2,000 / 2,500 troops, and a count beside another narrowed one in its sentence
    ("Three … killed and 12 seriously injured": the narrowing is the 12's, not the three's)."""
    plain = [
        ("Twelve people were killed in the attack on the Dorval market, police said.",
         "Fifteen people were killed in the attack on the Dorval market, police said."),
        ("At least 30 people were killed in the attack on the Dorval market, police said.",
         "Police said 32 people died in the attack on the Dorval market."),
        ("The army of Ostland sent 2,000 troops to the border on Monday.",
         "The army of Ostland sent 2,500 troops to the border on Monday."),
        ("Three people were killed and 12 seriously injured in the crash on the Tarn highway.",
         "Five people were killed in the crash on the Tarn highway."),
        ("In the worst-hit town of Dorval, 200 people died in the floods, officials said.",
         "Officials said 230 people died in Dorval in the floods."),
        # a population is no count of a happening: "after a second quake" is not its part
        ("Residents of the island of Tarn, home to about 100,000 people, slept outside after a second quake jolted it.",
         "The quake struck the island of Tarn, home to 200,000 people, officials said."),
    ]
    for a, b in plain:
        assert len(numbers(a, b)) == 1, a


def test_things_destroyed_tell_the_worst_hit_but_are_no_set_of_their_own() -> None:
    """precision55: a sentence telling things destroyed or levelled tells the worst hit (so "five villages badly hit"
    may be its count); things destroyed beside things damaged stay one slot (read blind as one count)."""
    assert len(numbers("The quake destroyed 300 homes in Tarn province, officials said on Sunday.",
                       "The quake damaged 450 homes in Tarn province, officials said on Sunday.")) == 1
    # near case: "destroyed or damaged" tells no worst hit, so a badly-hit count beside it is a part
    a = "Five villages were badly hit by the quake near Tarn, the governor said."
    b = "The quake destroyed or damaged houses in about 15 villages near Tarn, the governor said."
    assert numbers(a, b, checked=False) != []
    assert numbers(a, b) == []


def test_which_yards_a_figure_counts() -> None:
    """precision55: rushing, passing and total yards are three figures of one game."""
    sentences, values = analysed("The Colts ran for 352 rushing yards against the Owls.",
                                 "Dale Ruse rushed for 63 yards against the Owls.",
                                 "The Colts piled up 507 yards of total offense against the Owls.",
                                 "The Colts gained 507 yards against the Owls.")
    read = {(v.article, v.mention.text): V._yards_of(v) for v in values if v.type == "distance"}
    assert read[("a", "352")] == "rushing" and read[("b", "63")] == "rushing"
    assert read[("c", "507")] == "total" and read[("d", "507")] is None


def test_a_season_total_is_no_game_figure() -> None:
    """precision55: a season's or a career's total and one game's figure ("on Sunday", "in Sunday's win") are two
    slots; a "career-high" is a game's, and a plain total may be the season's."""
    for a, b in [("Dale Ruse has scored 12 goals this season for the Owls.", "Dale Ruse scored three goals for the Owls on Sunday."),
                 ("Dale Ruse has 12 touchdowns in his career with the Owls.", "Dale Ruse had three touchdowns for the Owls in Sunday's win.")]:
        assert numbers(a, b, checked=False) != [], a  # paired before the check
        assert numbers(a, b) == [], a
    # near cases: both season totals; a career-high is one game's figure
    assert len(numbers("Dale Ruse has caught 41 passes this season for the Owls, the team said.",
                       "Dale Ruse has caught 44 passes this season for the Owls, the team said.")) == 1
    assert len(numbers("Dale Ruse scored a career-high 35 points for the Owls on Sunday.",
                       "Dale Ruse scored 33 points for the Owls on Sunday.")) == 1
    # a plain running total may be the career's: "now has 2,302 points" / "2,301 career points" still disagree
    assert len(numbers("Officials stopped the game when Dale Ruse, who now has 2,302 points, made the basket.",
                       "Dale Ruse now has 2,301 career points as an Owl.")) == 1


def test_people_hurt_when_houses_were_razed_are_no_worst_hit_set() -> None:
    """precision55: "razed" in a count's sentence makes no severe count of the people hurt (a first version read it so
    and lost a true 80 / "at least 50" injured report): the two injured counts stay one slot."""
    assert len(numbers("Ten people were killed and at least 50 injured when a quake razed villages on Tarn island.",
                       "The quake hit Tarn island, killing 10 people and injuring 80.")) >= 1


def test_an_ordinal_ranking_the_event_is_no_part_of_it() -> None:
    """mend56: "the first suicide bombing in the capital this year", "the first major earthquake to strike Tarn in a
    century" rank the happening among others of its kind: the count is of the whole event, one toll told two ways."""
    for a, b in [
        ("Twenty people were killed in the first suicide bombing in the capital this year, police said.",
         "Twenty-five people were killed in the suicide bombing in the capital, police said."),
        ("Twenty people were killed in the first major earthquake to strike Tarn in a century, officials said.",
         "Twenty-five people were killed in the earthquake that struck Tarn, officials said."),
        ("Twenty people were killed in the first attack on the Dorval market since 2005, police said.",
         "Twenty-five people were killed in the attack on the Dorval market, police said."),
    ]:
        assert len(numbers(a, b)) == 1, a
    # near cases: an ordinal that says which of several is still a part
    for a, b in [
        ("Twelve people were injured in the first of two blasts at the Dorval market, police said.",
         "Twenty people were injured in the blasts at the Dorval market, police said."),
        ("Eight people were killed in the second quake that struck Tarn on Sunday, officials said.",
         "Fourteen people were killed when the quakes struck Tarn on Sunday, officials said."),
    ]:
        assert numbers(a, b, checked=False) != [], a
        assert numbers(a, b) == [], a


def test_the_yards_and_game_windows_are_options() -> None:
    """mend56: the characters read after a figure for "yards" and before a game's day for a reporting verb are
    options (``verify_yards_chars``, ``verify_said_game_chars``), the run's ``Reach`` carrying them."""
    assert DEFAULT.verify_yards_chars == 40 and DEFAULT.verify_said_game_chars == 40
    reach = verify.Reach.of(DEFAULT.with_(verify_yards_chars=3))
    assert reach.yards_chars == 3 and verify.Reach.of(DEFAULT).said_game_chars == 40


# ------------------------------------------------------------------ precision57

def _kept_type(first: str, second: str, a: str, b: str, kind_about: str = "how much (USD)") -> str | None:
    """The type of the report of the two articles' first figures after ``verify.check`` (None when it goes)."""
    sentences, values = analysed(first, second)
    d = Disagreement(kind="number", about=kind_about, type="vague",
                     values=[number_side(sentences, "a", 0, a), number_side(sentences, "b", 0, b)])
    kept = verify.check([d], sentences, values)
    return kept[0].type if kept else None


def test_the_day_a_counted_period_ended_is_no_day_of_an_event():
    """A "week ended" day names the period a figure was counted over, a reading's time like "as of"."""
    texts = ("Jobless claims in Ostland fell to 348,000 in the week ended Aug. 14, the labour ministry said.",
             "Jobless claims in Ostland fell to 293,000 in the week ended Oct. 9, the labour ministry said.")
    assert [d for d in found(*texts) if d.kind == "date"] == []
    # near case: the day of one event told two ways still reports
    near = ("The Ostland labour ministry published the claims report on Aug. 14 in the capital.",
            "The Ostland labour ministry published the claims report on Oct. 9 in the capital.")
    assert [{s.value for s in d.values} for d in found(*near) if d.kind == "date"] == [{"Aug. 14", "Oct. 9"}]


def test_moves_of_two_things_are_two_slots():
    """A figure told as a move is of the thing its clause names: two indexes, two companies."""
    texts = ("Microsoft and Alphabet each lost more than 6% and Verdex fell 5.3% on Monday.",
             "The Marlow Industrial Average fell 1,420 points, or 6.7%, on Monday.")
    assert numbers(*texts) == []
    texts = ("Shares of the Ostland carmaker plunged 7.9% on Monday.",
             "Crude oil, meanwhile, plunged 15% on Monday to its lowest level in 18 years.")
    assert numbers(*texts) == []
    # near cases: one thing named alike, or named in the other side's article under another name
    assert numbers("The Marlow Industrial Average fell 6.7% on Monday.",
                   "The Marlow average fell 1,420 points, or 7.2%, on Monday.") == [{"6.7%", "7.2%"}]
    assert _kept_type("Shares of the phone maker fell 7.9% on Monday, its worst day in years. Verdex blamed weak sales.",
                      "Verdex fell 8.4% on Monday, its worst day in years.", "7.9%", "8.4%", "what share") is not None
    assert _kept_type("Shares of the phone maker fell 7.9% on Monday, its worst day in years.",
                      "Verdex fell 8.4% on Monday, its worst day in years.", "7.9%", "8.4%", "what share") is None
    from accord.disagree.verify import _MOVE
    assert _MOVE.search("The Dow fell 1,420 points, or ") and not _MOVE.search("The poll found that ")


def test_a_count_joined_to_another_word_counts_that_word():
    """"an eight-page letter" counts pages, never letters."""
    texts = ("An eight-page letter signed by the Ostland counsel was sent to the Speaker on Tuesday.",
             "In a short two-paragraph letter sent to the Speaker on Tuesday, the Ostland counsel said the inquiry was baseless.")
    assert numbers(*texts, checked=False) != [] and numbers(*texts) == []
    # near case: plain counts of letters still report
    near = ("Eight letters signed by the Ostland counsel were sent to the Speaker on Tuesday.",
            "Two letters signed by the Ostland counsel were sent to the Speaker on Tuesday.")
    assert numbers(*near) == [{"Eight", "Two"}]
    near = ("Around 2,000 soldiers were sent in after protests in Ostland grew.",
            "Dorin, the alliance chief, has also said that the 2,500-strong deployment to Ostland proved the alliance's mettle.")
    assert numbers(*near) == [{"Around 2,000", "2,500"}]  # "-strong" gives the size of the force


def test_rulings_of_two_courts_are_two_events():
    """A trial court's ruling and an appeals court's (or the Supreme Court's) are two events."""
    texts = ("The mayor of Velmar may not block critics on his feed, a federal judge ruled on Wednesday.",
             "A federal appeals court ruled on Tuesday that the mayor of Velmar may not block critics on his feed.")
    assert [d for d in found(*texts) if d.kind == "date"] == []
    texts = ("A federal judge in Dorvik late Monday blocked the new Velmar asylum rules.",
             "The Supreme Court on Friday blocked the new Velmar asylum rules.")
    assert [d for d in found(*texts) if d.kind == "date"] == []
    # near cases: one court told two ways, and a court level on one side only, still report
    near = ("The mayor of Velmar may not block critics on his feed, a federal judge ruled on Wednesday.",
            "A U.S. district judge ruled on Tuesday that the mayor of Velmar may not block critics on his feed.")
    assert [{s.value for s in d.values} for d in found(*near) if d.kind == "date"] == [{"Wednesday", "Tuesday"}]
    near = ("The mayor of Velmar may not block critics on his feed, a federal judge ruled on Wednesday.",
            "A court ruled on Tuesday that the mayor of Velmar may not block critics on his feed.")
    assert [{s.value for s in d.values} for d in found(*near) if d.kind == "date"] == [{"Wednesday", "Tuesday"}]


def test_a_world_total_and_a_countrys_are_two_slots():
    texts = ("More than 41,000 people have died of the fever in Ostland, according to the Dorvik institute.",
             "The global tally of fever cases climbed to 2.5 million on Monday, according to the Dorvik institute, "
             "while the death toll rose to 84,665.")
    assert numbers(*texts, checked=False) != [] and numbers(*texts) == []
    # near cases: two countries' figures are left to the other checks, and a world total told twice still reports
    near = ("More than 84,665 people have died of the fever worldwide, according to the Dorvik institute.",
            "More than 86,100 people have died of the fever around the world, according to the Dorvik institute.")
    assert numbers(*near) == [{"More than 84,665", "More than 86,100"}]
    from accord.disagree.verify import _WORLD
    assert not _WORLD.search("The World Health Organization said 50 died in Ostland.")
    assert not _WORLD.search("the world's worst disaster, in which more than 31,000 people were killed in Ostland")


def test_two_parties_acting_are_two_events():
    texts = ("Senate Republicans on Wednesday unveiled their bill to reform the Ostland police.",
             "House and Senate Democrats unveiled a bill on Monday that would reform the Ostland police.")
    assert [d for d in found(*texts, checked=False) if d.kind == "date"] != []
    assert [d for d in found(*texts) if d.kind == "date"] == []
    # near case: one party told two ways still reports
    near = ("Senate Republicans on Wednesday unveiled their bill to reform the Ostland police.",
            "GOP senators unveiled a bill on Monday that would reform the Ostland police.")
    assert [{s.value for s in d.values} for d in found(*near) if d.kind == "date"] == [{"Wednesday", "Monday"}]


def test_one_figures_period_dated_two_ways_is_one_slot():
    """precision57 (sheet 2): one record figure whose week two articles date differently still reports."""
    texts = ("Jobless claims in Ostland hit a record 6.87 million for the week of March 28, the labour ministry said.",
             "Jobless claims in Ostland hit a record 6.87 million for the week of March 27, the labour ministry said.")
    assert [{s.value for s in d.values} for d in found(*texts) if d.kind == "date"] == [{"March 28", "March 27"}]


# -- mend58: a reviewer's examples of precision57's checks dropping true reports (invented stories; near cases that
# must still drop) ---------------------------------------------------------------------------------------------------

def test_global_elsewhere_in_the_sentence_makes_no_world_total():
    assert numbers("The crash, which drew global attention, killed 157 people.",
                   "The crash near Addis Ababa in Ethiopia killed 149 people.") == [{"157", "149"}]
    assert numbers("The Global Times reported that 30 people died in Wuhan.",
                   "Chinese state media said 32 people died in Wuhan.") == [{"30", "32"}]
    from accord.disagree.verify import _WORLD
    assert _WORLD.search("the global death toll rose") and _WORLD.search("the worldwide tally")
    assert not _WORLD.search("The Global Times said") and not _WORLD.search("which drew global attention")
    # near case: a world tally named in the sentence against a country's figure still drops
    texts = ("More than 41,000 people have died of the fever in Ostland, according to the Dorvik institute.",
             "The global tally of fever cases climbed to 2.5 million on Monday, according to the Dorvik institute, "
             "while the death toll rose to 84,665.")
    assert numbers(*texts, checked=False) != [] and numbers(*texts) == []
    from accord.disagree.verify import _WORLD_AFTER, _WORLD_OPENING
    assert _WORLD_AFTER.match(" people have died of the fever around the world since March")
    assert not _WORLD_AFTER.match(" people, drawing attention around the world")
    assert _WORLD_OPENING.search("Worldwide, more than ") and not _WORLD_OPENING.search("The Worldwide Fund said ")


def test_both_parties_acting_together_are_no_one_party():
    dates = lambda *t: [{s.value for s in d.values} for d in found(*t) if d.kind == "date"]
    assert dates("Democrats and Republicans in the Senate reached a deal on Tuesday to fund the Ostland police.",
                 "Republicans and Democrats in the Senate reached a deal on Wednesday to fund the Ostland police.") \
        == [{"Tuesday", "Wednesday"}]
    # near case: one party against the other still drops (precision57)
    assert dates("Senate Republicans on Wednesday unveiled their bill to reform the Ostland police.",
                 "Senate Democrats unveiled a bill on Monday that would reform the Ostland police.") == []


def test_a_bare_circuit_court_has_no_level():
    dates = lambda *t: [{s.value for s in d.values} for d in found(*t) if d.kind == "date"]
    assert dates("A Cook County judge on Tuesday threw out the conviction of Marcus Reed.",
                 "Circuit Judge Ellen Hart on Wednesday threw out the conviction of Marcus Reed.") \
        == [{"Tuesday", "Wednesday"}]
    # near case: a numbered circuit is a court of appeals, two levels are two rulings
    assert dates("A Cook County judge on Tuesday threw out the conviction of Marcus Reed.",
                 "The 7th Circuit on Wednesday threw out the conviction of Marcus Reed.") == []
    from accord.disagree.verify import _COURT
    assert _COURT.search("the 9th U.S. Circuit Court of Appeals").group("appeals")
    assert _COURT.search("U.S. Circuit Judge Ann Pike").group("appeals")
    assert not _COURT.search("Circuit Judge Ellen Hart") and not _COURT.search("the Lake circuit court")


def test_a_possessive_name_is_the_name():
    assert numbers("Boeing's shares fell 5% on Monday after it said it would cut output.",
                   "Boeing announced output cuts on Monday. Shares of the planemaker dropped 7% on Monday.") \
        == [{"5%", "7%"}]
    # near case: two things moving are still two slots
    assert numbers("Boeing's shares fell 5% on Monday after it said it would cut output.",
                   "Crude oil, meanwhile, dropped 7% on Monday.") == []


def test_a_count_joined_to_a_counted_noun_counts_it():
    assert numbers("The city sent a 200-officer task force to the border town.",
                   "The city sent a task force of 250 officers to the border town.") == [{"200", "250"}]
    # near case: a count joined to a word that counts no member still drops (precision57)
    texts = ("An eight-page letter signed by the Ostland counsel was sent to the Speaker on Tuesday.",
             "In a short two-paragraph letter sent to the Speaker on Tuesday, the Ostland counsel said the inquiry was baseless.")
    assert numbers(*texts) == []


# -- mend60: the review of mend58's world-tally rule ---------------------------------------------------------------------

def test_a_world_tally_with_words_between_is_a_world_tally():
    assert numbers("The global coronavirus death toll rose to 2,000 on Monday, health officials said.",
                   "The coronavirus death toll in Italy rose to 1,800 on Monday, health officials said.") == []
    from accord.disagree.verify import _WORLD
    for tally in ("The global number of deaths", "the global coronavirus death toll", "the worldwide fever figures",
                  "the global death tolls"):
        assert _WORLD.search(tally), tally
    # near cases: anything else global, and a name, are no tally
    for other in ("The Global Times said", "which drew global attention", "drew global attention to the death toll",
                  "The Global Times count"):
        assert not _WORLD.search(other), other
    assert numbers("The crash, which drew global attention to the death toll, killed 157 people.",
                   "The crash near Addis Ababa in Ethiopia killed 149 people.") == [{"157", "149"}]
