"""disagree.clock: the time of day of one moment told with different verbs, each rule on a small
hand-written story (never the gold texts)."""
from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import compare
from accord.disagree.clock import gap, verb_before
from accord.model import Article, Disagreement
from accord.options import DEFAULT


def times(*texts: str) -> list[Disagreement]:
    """The date disagreements of one-paragraph articles a, b, c, ... compared as a brief does."""
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT)
    found = compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts])
    return [d for d in found.disagreements if d.kind == "date"]


FERRY_A = ("The ferry capsized near the harbour wall of Port Lindel at 4:15 p.m. with forty passengers "
           "aboard, the coastguard said.")
FERRY_B = ("Forty passengers were thrown into the water near the harbour wall of Port Lindel at 4:50 p.m. "
           "as the ferry went over, the coastguard said.")


def test_one_moment_told_with_two_verbs_is_compared():
    found = times(FERRY_A, FERRY_B)
    assert len(found) == 1
    d = found[0]
    assert {s.normalized for s in d.values} == {"16:15", "16:50"}
    assert {a for s in d.values for a in s.articles} == {"a", "b"}
    assert d.type == "conflict" and (d.anchor or "").startswith("moment:")


def test_two_steps_of_one_incident_hours_apart_are_not_one_moment():
    found = times("Firefighters reached the burning warehouse on Dock Road in Tallbridge at 3:30 a.m., "
                  "the fire chief said.",
                  "Firefighters put out the burning warehouse on Dock Road in Tallbridge at 6:40 a.m., "
                  "the fire chief said.")
    assert found == []


def test_a_loose_time_covers_the_minute_next_to_it():
    found = times("At approximately 7 p.m. the cyclist was riding along Mill Street in Easton when a van "
                  "struck him.",
                  "Police reached the cyclist on Mill Street in Easton at 7:01 p.m. after a van struck him.")
    assert found == []


def test_an_article_that_states_both_times_tells_two_moments():
    found = times(FERRY_A + " Rescue boats reached the harbour wall of Port Lindel at 4:50 p.m.", FERRY_B)
    assert found == []


def test_one_pair_of_times_told_by_two_pairs_of_articles_is_one_disagreement():
    found = times(FERRY_A, FERRY_B, FERRY_A.replace("The ferry", "A small ferry"),
                  FERRY_B.replace("Forty passengers", "All forty passengers"))
    assert len(found) == 1
    assert sorted(len(s.articles) for s in found[0].values) == [2, 2]


def test_gap_runs_across_midnight_the_short_way():
    assert gap(23 * 60 + 50, 10) == 20
    assert gap(9 * 60, 9 * 60 + 30) == 30


def dated(texts: list[str], published: list[str | None]) -> list[Disagreement]:
    """``times`` of articles with their publication dates."""
    arts = [Article(id=chr(97 + k), title="", text=t, published=published[k]) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT)
    found = compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts],
                    published={a.id: a.published for a in arts if a.published})
    return [d for d in found.disagreements if d.kind == "date"]


def test_a_time_dated_after_the_other_page_was_written_is_another_occurrence():
    march = ("Starting at about 8 p.m., nearly 100 mourners set off from the vigil site on Elm Road to march "
             "to the precinct stationhouse.")
    # page of Monday 11 March; the other page's march is Wednesday night (13 March): two nights' marches
    assert dated([march, "The trouble Wednesday night began soon after 200 mourners set off from the vigil site on "
                         "Elm Road to march to the precinct stationhouse around 8:30 p.m."],
                 ["2013-03-11", "2013-03-13"]) == []
    # near case: the same night told in both is one moment
    (d,) = dated([march, "The trouble Monday night began soon after 200 mourners set off from the vigil site on "
                         "Elm Road to march to the precinct stationhouse around 8:30 p.m."],
                 ["2013-03-11", "2013-03-12"])
    assert {v.normalized for v in d.values} == {"20:00", "20:30"}


def test_a_name_both_sentences_write_counts_as_a_shared_word():
    # the two share "Bentley" and "coast" only: with the name both write, enough to be one moment
    (d,) = times("Karl Brandt was pulled over for speeding in his Bentley on the coast road around 1:30 a.m., "
                 "he said.",
                 "He was in his Bentley at about 1:00 a.m. on the coast highway when the officers stopped him, "
                 "he said.")
    assert {v.normalized for v in d.values} == {"01:30", "01:00"}
    # near case: the same sentences with no name in common are too little alike
    assert times("Karl Brandt was pulled over for speeding in his sedan on the coast road around 1:30 a.m., "
                 "he said.",
                 "He was in his car at about 1:00 a.m. on the coast highway when the officers stopped him, "
                 "he said.") == []


def test_the_game_clock_of_one_play_told_a_second_apart():
    """disagree22: one basket's game clock, a second apart in two articles, is one play's."""
    (d,) = [d for d in times("Senior forward James Okafor broke the school record with a hook shot with 7:41 left in the first half.",
                             "Senior forward James Okafor broke the school record on a hook shot over two defenders with 7:42 left in "
                             "the first half.") if "game clock" in d.about]
    assert {v.normalized for v in d.values} == {"7:41 left in the first half", "7:42 left in the first half"}
    assert d.type == "conflict" and "Okafor" in d.about
    # near cases: two plays minutes apart; the same clock in another period; another player's play
    assert not [d for d in times("Senior forward James Okafor tied the record with a hook shot with 14:05 left in the first half.",
                                 "Senior forward James Okafor broke the record on a hook shot with 7:42 left in the first half.")
                if "game clock" in d.about]
    assert not [d for d in times("Senior forward James Okafor scored on a hook shot with 7:41 left in the first half.",
                                 "Senior forward James Okafor scored on a hook shot with 7:42 left in the second half.")
                if "game clock" in d.about]
    assert not [d for d in times("Senior forward James Okafor scored on a hook shot with 7:41 left in the first half.",
                                 "Senior forward Paul Mbeki scored on a hook shot with 7:42 left in the first half.")
                if "game clock" in d.about]


def periods_of(*texts: str) -> list[Disagreement]:
    return [d for d in times(*texts) if d.about.startswith("period of")]


def test_the_period_of_a_game_one_play_came_in():
    """disagree26: one play put in two quarters (or at two ends of one) by two articles."""
    (d,) = periods_of("Striker Tom Haldane was stopped on fourth down at the Rovers 20 early in the fourth quarter.",
                      "Haldane was stopped on fourth down at the Rovers 20 late in the fourth quarter, ending the drive.")
    assert {v.normalized for v in d.values} == {"early Q4", "late Q4"} and "Haldane" in d.about
    (d,) = periods_of("Cornerback Sam Ivey intercepted the pass in the end zone in the third quarter.",
                      "Sam Ivey intercepted the pass in the end zone in the fourth quarter to end the threat.")
    assert {v.normalized for v in d.values} == {"Q3", "Q4"} and d.type == "conflict"
    # near cases: a half holds its quarters; two scores are two plays of one kind (a kicker's two field
    # goals); two players; a sentence telling two periods is a game's course, not one play
    assert periods_of("Kicker Ryan Dale tied the game with a 40-yard field goal in the second half.",
                      "Ryan Dale tied the game with a 40-yard field goal in the third quarter.") == []
    assert periods_of("Kicker Ryan Dale tied the game at 13-13 with a 40-yard field goal in the third quarter.",
                      "Kicker Ryan Dale made the score 7-6 with a 40-yard field goal in the first quarter.") == []
    assert periods_of("Cornerback Sam Ivey intercepted the pass in the end zone in the third quarter.",
                      "Cornerback Joe Bram intercepted the pass in the end zone in the fourth quarter.") == []
    assert periods_of("Cornerback Sam Ivey intercepted the pass in the end zone in the third quarter.",
                      "Sam Ivey intercepted a pass in the first quarter and another in the end zone in the fourth quarter.") == []


# two steps of one chase: the time is told of the first step ("spotted ... and chased"), the other
# article's of another step ("followed ... to the flat")
CHASE_A = ("Officer Dana Pruett spotted the suspect near the Greyfield bus depot shortly after 3 p.m. and chased him "
           "on foot toward the Larch Court flats, police said.")
CHASE_B = ("Officer Dana Pruett followed the suspect from the Greyfield bus depot to the Larch Court flats at about "
           "3:30 p.m., police said.")


def test_a_time_told_of_one_step_of_a_chain_is_not_another_steps_moment():
    assert times(CHASE_A, CHASE_B) == []


def test_a_step_of_a_chain_is_still_compared_with_the_same_step():
    # near case: the other article writes the same step (spotted), so the times are one moment's
    found = times(CHASE_A, "Officer Dana Pruett spotted the suspect near the Greyfield bus depot at about 3:25 p.m. "
                           "before he ran toward the Larch Court flats, police said.")
    assert len(found) == 1
    assert {s.normalized for s in found[0].values} == {"15:00", "15:25"}


def test_step_is_the_verb_before_the_time_when_and_opens_the_next_step():
    from accord.disagree.clock import step
    text = "Police arrested him in Bayview at 2:30 a.m. and booked him before releasing him."
    at = text.index("2:30")
    assert step(text, at, at + len("2:30 a.m.")) == "arrest"
    plain = "Police arrested him in Bayview at 2:30 a.m. on the coast road."
    assert step(plain, plain.index("2:30"), plain.index("2:30") + len("2:30 a.m.")) == ""


def test_one_verb_both_times_hang_on_counts_as_a_shared_word():
    # two content words shared ("blaze", "depot"): too few alone; "extinguished by" in both says which moment
    found = times("The blaze at the old depot was extinguished by 7 a.m., after crews attacked it from all sides.",
                  "Some 31 engines arrived to fight the depot blaze, and it was extinguished by 6:40 a.m.")
    assert len(found) == 1
    assert {s.normalized for s in found[0].values} == {"07:00", "06:40"}


def test_two_verbs_before_the_times_add_no_shared_word():
    # the near case: the same two shared words, but the times hang on two verbs (reported / extinguished)
    found = times("The blaze at the old depot was reported at 6:10 a.m., after crews attacked it from all sides.",
                  "Some 31 engines arrived to fight the depot blaze, and it was extinguished by 6:40 a.m.")
    assert found == []


def test_verb_before_reads_the_event_word_a_time_is_told_at():
    text = "The fire broke out at about 8.40pm and was extinguished by 6:40 a.m., officials said."
    other = "Flames broke out around 9 p.m."
    assert verb_before(text, text.index("8.40pm"), text.index("8.40pm") + 6) == verb_before(
        other, other.index("9 p.m."), len(other)) == "break"
    assert verb_before(text, text.index("6:40"), text.index("6:40") + 9) != ""
    assert verb_before("Officials said at 9 p.m. that the road was closed.", 18, 24) == ""  # a reporting verb


# -- recall44: the game's score at one game clock ----------------------------------------------------------
def test_two_scores_at_one_game_clock():
    found = [d for d in _every("Northfield took its first double-digit lead at 45 - 35 on a pair of Okafor free "
                               "throws with 13: 41 to go.",
                               "Okafor scored four straight points that allowed Northfield to open a 45 - 36 lead "
                               "with 13: 41 to play.") if d.about.startswith("score with")]
    (d,) = found
    assert {v.value for v in d.values} == {"45-35", "45-36"} and d.type == "conflict"


def test_scores_at_two_clocks_runs_or_two_players_are_no_score_disagreement():
    assert [d for d in _every("Northfield led 45 - 35 on a pair of Okafor free throws with 13: 41 to go.",
                              "Okafor hit a jumper to make it 47 - 35 with 12: 58 to go.")
            if d.about.startswith("score with")] == []
    # a run is no score of the game
    assert [d for d in _every("Northfield led 45 - 35 on a pair of Okafor free throws with 13: 41 to go.",
                              "Okafor capped a 9 - 0 run for Northfield with 13: 41 to play.")
            if d.about.startswith("score with")] == []
    # two different players named: two games' clocks may match
    assert [d for d in _every("Northfield led 45 - 35 on a pair of Okafor free throws with 13: 41 to go.",
                              "Westbrook led 50 - 41 on a Lindqvist dunk with 13: 41 to play.")
            if d.about.startswith("score with")] == []


def _every(*texts: str) -> list[Disagreement]:
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT)
    return compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts]).disagreements


# -- recall44: the moment a bout was stopped ---------------------------------------------------------------
def _stops(*texts: str) -> list[Disagreement]:
    return [d for d in _every(*texts) if d.about.startswith("moment the fight was stopped")]


def test_one_stoppage_told_at_two_moments():
    (d,) = _stops("Referee Lena Marsh stopped the fight 50 seconds into the ninth round after Okoro went down.",
                  "Okoro was hurt in the ninth round and the referee ended it, stopping the fight at the 1:40 mark.")
    assert {v.normalized for v in d.values} == {"0:50", "1:40"} and d.type == "conflict"


def test_seconds_remaining_of_a_boxing_round_count_from_its_three_minutes():
    (d,) = _stops("Referee Lena Marsh gave Okoro a standing count before stopping the fight at 2: 51 of the fourth round.",
                  "Brandt stopped Okoro with five seconds remaining of the fourth round in Hamburg.")
    assert {v.normalized for v in d.values} == {"2:51", "2:55"}
    # the same moment written both ways agrees
    assert _stops("Referee Lena Marsh stopped the fight at 2: 55 of the fourth round.",
                  "Brandt stopped Okoro with five seconds remaining of the fourth round in Hamburg.") == []


def test_no_stoppage_without_a_bout_a_stop_or_one_round():
    # a knockdown's time is no stoppage
    assert _stops("Okoro went down in the fourth round with about 20 seconds left.",
                  "Referee Lena Marsh stopped the fight at 2: 51 of the fourth round.") == []
    # no bout told in rounds: a clock time of a police stop
    assert _stops("Police stopped the car at 2:15 on Route 9.",
                  "Troopers stopped the driver at 2:45, police said.") == []
    # stoppages in two rounds: two bouts of one card
    assert _stops("Referee Lena Marsh stopped the fight 50 seconds into the ninth round.",
                  "In the co-main event the referee stopped the fight at 1:10 of the third round.") == []
    # mixed martial arts rounds last five minutes: "seconds remaining" is not converted
    assert _stops("In the UFC main event the referee stopped the fight at 4: 51 of the second round.",
                  "Silva stopped Ruiz with nine seconds remaining in the second round of the UFC bout.") == []


def test_one_moment_told_on_two_clocks_is_no_disagreement():
    """A page writes a time where its readers are: "3:30 p.m." at home and "4:30 p.m. ET" are one kickoff."""
    a = "The Hawks face the Rovers in a playoff game at 3:30 p.m. Saturday at Lakeside Field, the league said."
    b = "The Hawks open their postseason Saturday at 4:30 p.m. ET with a playoff game against the Rovers at Lakeside Field."
    assert times(a, b) == []


def test_zones_written_alike_or_minutes_apart_still_disagree():
    a = "The Hawks face the Rovers in a playoff game at 3:30 p.m. ET Saturday at Lakeside Field, the league said."
    b = "The Hawks open their postseason Saturday at 4:30 p.m. ET with a playoff game against the Rovers at Lakeside Field."
    assert len(times(a, b)) == 1  # one clock, two times
    c = "The Hawks open their postseason Saturday at 4:15 p.m. ET with a playoff game against the Rovers at Lakeside Field."
    d = "The Hawks face the Rovers in a playoff game at 3:30 p.m. Saturday at Lakeside Field, the league said."
    assert len(times(d, c)) == 1  # no two zones are 45 minutes apart


def test_zone_reads_the_clock_a_time_is_written_on():
    from accord.disagree.events import When, zone
    from accord.model import Sentence
    for text, want in (("kickoff at 4:30 p.m. ET Saturday", "ET"), ("at 9 a.m. (GMT)", "GMT"),
                       ("at 6 p.m. PDT", "PT"), ("at 9am local time", "LOCAL"), ("at 8 p.m. Eastern", "ET"),
                       ("at 4:30 p.m. Saturday", ""), ("at 4:30 p.m. Ethan said", "")):
        s = Sentence(article="a", index=0, text=text, start=0, end=len(text))
        end = text.index("m.") + 2 if "m." in text else text.index("am") + 2
        w = When(s, text.index("at ") + 3, end, "", "time", minutes=0)
        assert zone(w) == want, text


def test_two_referees_stopping_a_bout_are_two_bouts():
    # precision56: "referee X" in one sentence, "referee Y" in another: two bouts, whose moments differ
    assert _stops("Referee Lena Marsh stopped the fight 50 seconds into the ninth round after Okoro went down.",
                  "Brandt went down again late in the ninth round, and referee Paul Ibsen stopped it at 2: 40.") == []
    # each bout is still compared within itself: Okoro's bout told at two moments, Brandt's once
    (d,) = _stops("Referee Lena Marsh stopped the fight 50 seconds into the ninth round after Samuel Okoro went down.",
                  "Challenger Samuel Okoro went down in the ninth round and the fight was stopped at the 1:40 mark.",
                  "Tomas Brandt went down again late in the ninth round, and referee Paul Ibsen stopped it at 2: 40.")
    assert {v.normalized for v in d.values} == {"0:50", "1:40"}
    # near case: one referee named in both (or in one only) is one bout, still a disagreement
    (d,) = _stops("Referee Lena Marsh stopped the fight 50 seconds into the ninth round after Okoro went down.",
                  "Okoro went down in the ninth round and referee Lena Marsh stopped the fight at the 1:40 mark.")
    assert {v.normalized for v in d.values} == {"0:50", "1:40"}


def test_a_road_both_sentences_name_is_no_shared_person():
    # precision56: the tagger reads "State Route" as a person; two drivers stopped on two routes are two moments
    moments = [d for d in _every(
        "Tomas Jessup, 25, was driving east on State Route 52 just after 2:30 a.m. when he was pulled over, Officer "
        "Dana Pruitt said.",
        "Dale Whitcombe, 32, was pulled over for speeding on State Route 94 around 1:30 a.m.") if d.kind == "date"]
    assert moments == []
    # near case: one driver, one route, two times still disagree
    (d,) = [d for d in _every(
        "Tomas Jessup, 25, was driving east on State Route 52 just after 2:30 a.m. when he was pulled over, Officer "
        "Dana Pruitt said.",
        "Tomas Jessup, 25, was pulled over for speeding on State Route 52 around 1:30 a.m.") if d.kind == "date"]
    assert {v.value for v in d.values} == {"2:30 a.m.", "1:30 a.m."}


def test_a_referees_possessive_is_the_same_referee():
    # mend56: "referee Lena Marsh's call" and "Referee Lena Marsh stopped" name one referee: one bout, so a
    # stoppage whose sentence names no one is still compared
    from accord.disagree.clock import _referees
    assert _referees("after referee Tony Weeks' stoppage") == {"weeks"}
    assert _referees("Referee Kenny Bayless's decision") == {"bayless"}
    (d,) = _stops("Referee Lena Marsh stopped the fight 50 seconds into the ninth round.",
                  "The fight was stopped at the 1:40 mark of the ninth round.",
                  "The fight was stopped 50 seconds into the ninth round on referee Lena Marsh's call.")
    assert {v.normalized for v in d.values} == {"0:50", "1:40"}
    # near case: two referees, one of them written with a possessive, are still two bouts
    assert _referees("referee Paul Ibsen's call") == {"ibsen"}
    assert _stops("Referee Lena Marsh stopped the fight 50 seconds into the ninth round after Okoro went down.",
                  "Brandt went down again late in the ninth round, and the fight was stopped at 2: 40 on referee "
                  "Paul Ibsen's call.") == []
