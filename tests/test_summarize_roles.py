"""coherence51: a person described by a role ("The former Massachusetts governor …") whose name only a
left-out sentence of its article gives."""
import re

from accord.model import Article, Fact, Mention
from accord.options import DEFAULT
from accord.summarize import _Context
from accord.summarize.features import view
from accord.summarize.roles import described, names_before
from tests.test_summarize_pointers import _story as _placed


def test_a_role_that_stands_for_a_named_person() -> None:
    assert described("The former Massachusetts governor shared his reaction on social media.") == (0,)
    assert described("Police said the 34-year-old was arrested at his home on Monday.") == (12,)
    assert described("On Friday, the actress said she would sue the magazine.") == (11,)
    assert described("Neighbours said the suspect's mother had called the police.") == ()  # a bare person noun
    assert described("Neighbours said the Oscar-winning actress's husband had called.") == (16,)


def test_what_is_no_role_of_a_named_person() -> None:
    """A role with one holder, a bare person noun, a description defined where it stands, quoted, or another."""
    assert described("The president said the talks with the police went well.") == ()
    assert described("The woman was taken to a hospital, where the suspect was treated.") == ()
    assert described("The actress Jane Doe said so on Monday.") == ()
    assert described("Officials said the actress who won the award was unhurt.") == ()
    assert described("Fans said the mayor of Springfield had left.") == ()
    assert described("“The actress is wonderful,” the director said.") == (28,)  # the director is outside
    assert described("The final top-tier candidate joined the race on Monday.") == ()
    assert described("It is a race for the governor's seat this fall.") == ()  # the post, not a person


def test_a_name_before_the_role_is_its_person() -> None:
    text = "Madonna shouldn't be too worried -- the iconic pop star holds the record."
    assert names_before(text, described(text)[0], lambda w: False)
    text = "Police said the 34-year-old was arrested."
    assert not names_before(text, described(text)[0], lambda w: w == "police")  # a common word opening it
    text = "On Friday, the actress said she would sue."
    assert not names_before(text, described(text)[0], lambda w: False)  # a day names no one


def _people(text: str) -> list[Mention]:
    """A PERSON mention for each "Tom Reed"-like pair of capitalised words (the analyser's, in the pipeline)."""
    return [Mention(kind="entity", text=m.group(), value=m.group(), label="PERSON", start=m.start(), end=m.end())
            for m in re.finditer(r"\b(?:Tom|Jane|Ann) [A-Z][a-z]+", text)]


def _story(texts: dict[str, list[str]]) -> tuple[list[Article], list[Fact]]:
    """``test_summarize_pointers._story``'s articles and facts, with the analyser's PERSON mentions."""
    arts, facts = _placed(texts)  # (``_choose`` swaps this in for it)
    for f in facts:
        f.sentences[0].mentions.extend(_people(f.text))
    return arts, facts


def _ctx(texts: dict[str, list[str]]) -> tuple[_Context, dict[str, int]]:
    arts, facts = _story(texts)
    v = view(facts, arts, embed=False)
    return _Context(v, DEFAULT), {f.id: i for i, f in enumerate(v.facts)}


_REPORT = {"a": ["Tom Reed, a Utah Republican, wrote that he was sickened by the dishonesty the inquiry laid bare.",
                 "The former Massachusetts governor shared his reaction on social media after reading the report.",
                 "Reed said the report showed dishonesty at the highest levels of government."],
           "b": ["Senator Jane Warren on Friday called on Congress to begin impeachment proceedings over the report.",
                 "Warren said the report laid out evidence that demanded a vote in the House."]}


def test_a_role_after_a_summary_that_never_named_its_person_is_flagged() -> None:
    ctx, at = _ctx(_REPORT)
    assert ctx.described(at["a1"]) == (frozenset({"reed"}), at["a0"])
    assert ctx.flagged([at["b0"], at["a1"]], {at["a1"]})  # Warren's lead, then "the former governor … his"
    assert not ctx.flagged([at["a0"], at["a1"]], {at["a1"]})  # Reed named first
    assert not ctx.flagged([at["b0"], at["a0"], at["a1"]], {at["a1"]})


def test_a_role_after_the_person_s_surname_is_read() -> None:
    texts = {**_REPORT, "b": [*_REPORT["b"], "Reed, a Republican, had said little about the report until Friday."]}
    ctx, at = _ctx(texts)
    assert not ctx.flagged([at["b0"], at["b2"], at["a1"]], {at["a1"]})


def test_a_role_cannot_open_the_summary_without_its_name() -> None:
    ctx, at = _ctx(_REPORT)
    assert ctx.lead(at["a0"])
    assert ctx.top[at["a0"]] and ctx.lead(at["a1"])  # the run opens on a0, which names him
    filler = [f"Members in the {w} rows of the chamber had waited for hours before the vote began on time."
              for w in ("front", "middle", "upper", "back", "side")]
    ctx, at = _ctx({"a": [*filler, *_REPORT["a"][:2]], "b": _REPORT["b"]})
    assert not ctx.lead(at["a6"])  # the naming sentence below the account's top: the run would leave him unnamed


def test_a_role_the_story_never_names_stays() -> None:
    """No sentence before it names anyone: a role such as "the governor" of the state the story is about reads."""
    ctx, at = _ctx({"a": ["A storm flooded the coast of Maine on Monday and closed two hundred roads.",
                          "The governor declared an emergency in three counties on Tuesday morning."],
                    "b": ["Senator Jane Warren asked for federal aid for the flooded towns."]})
    assert ctx.described(at["a1"]) is None


def _choose(texts: dict[str, list[str]], scores: dict[str, float], **options: object) -> list[str]:
    """``test_summarize_pointers._choose`` on this module's story (with PERSON mentions)."""
    import tests.test_summarize_pointers as pointers_tests

    placed, pointers_tests._story = pointers_tests._story, _story  # type: ignore[assignment]
    try:
        return pointers_tests._choose(texts, scores, **options)
    finally:
        pointers_tests._story = placed


def test_selection_takes_the_naming_sentence_or_passes_the_role() -> None:
    """Warren's lead alone in its account: the fill's best next line is the role's; with the rule it comes only
    after the sentence that names Reed, or not at all when the budget has no room for both."""
    texts = {"a": _REPORT["a"], "b": _REPORT["b"][:1]}
    scores = {"b0": 1.0, "a1": 0.9, "a0": 0.2, "a2": 0.1}
    assert _choose(texts, scores, words=32, summary_roles=False)[:2] == ["b0", "a1"]
    assert "a1" not in _choose(texts, scores, words=32)
    picked = _choose(texts, scores, words=60)
    assert picked.index("a0") == picked.index("a1") - 1


# -- a first-person line of a text the article set out under a line the summary cannot take ---------------------

def _at(article: str, sentence: str) -> bool:
    from accord.summarize.roles import presented

    return presented(article, article.index(sentence))


def test_an_i_line_under_a_colon_line_is_the_presented_text_s() -> None:
    letter = ("The gunman left a letter at his home, police said on Monday.\n\nIn the letter, he wrote:\n\n"
              "I have decided that nobody will stop me now. My plan is ready.\n\nPolice said the letter was found on a desk.")
    assert _at(letter, "I have decided")
    assert _at(letter, "My plan is ready.")  # the letter goes on
    posts = ("Readers are reporting similar problems:\n\n@unsulk: I stand corrected. My battery drains fast.\n\n"
             "@rick: my battery has drained 40% in two hours.")
    assert _at(posts, "My battery drains fast.")


def test_what_is_no_presented_text() -> None:
    """A column's own "I" (its colon line in its own voice), narration between, a line with no colon above."""
    column = "Here is what I found:\n\nI spent five hours with the mayor and I liked him."
    assert not _at(column, "I spent five hours")
    told = ("In the letter, he wrote:\n\nNobody will stop me now.\n\nThe police found the letter on Monday.\n\n"
            "I was there when they did, a neighbour said.")
    assert not _at(told, "I was there")
    assert not _at("The mayor spoke on Monday.\n\nI think the city will rebuild, she said.", "I think")


def _letter(line: str) -> tuple[_Context, _Context, dict[str, int]]:
    texts = {"a": ["Tom Dale, who killed three people in Springfield, left a letter at his home, police said on Monday.",
                   "Neighbours said he had lived alone in the house on Elm Street for ten years.",
                   line,
                   "I have decided that nobody will stop me from doing what must be done now.",
                   "Police said the letter was found on a desk in his bedroom on Monday night."],
             "b": ["Ann Cole, the mayor of Springfield, asked residents to stay calm on Monday night."]}
    arts, facts = _story(texts)
    v = view(facts, arts, embed=False)
    return (_Context(v, DEFAULT), _Context(v, DEFAULT.with_(summary_presented_i=False)),
            {f.id: i for i, f in enumerate(v.facts)})


def test_selection_passes_an_i_line_whose_writer_the_summary_never_named() -> None:
    """(In the pipeline a line ending on a colon is no candidate: the summary cannot present the letter.)"""
    ctx, off, at = _letter("A note found on the desk read:")
    assert ctx.flagged([at["b0"], at["a3"]], {at["a3"]})  # Ann Cole named, whose "I" it is not
    assert ctx.flagged([at["a0"], at["a3"]], {at["a3"]})  # the note names no writer
    assert not off.flagged([at["b0"], at["a3"]], {at["a3"]})  # as before: once anyone is named the "I" reads


def test_an_i_line_whose_writer_the_summary_named_stays() -> None:
    ctx, _, at = _letter("In the letter, he wrote:")
    assert not ctx.flagged([at["a0"], at["a3"]], {at["a3"]})  # "he" is Dale, named first
    assert ctx.flagged([at["b0"], at["a3"]], {at["a3"]})
    ctx, _, at = _letter("Dale's letter was every bit as confused:")
    assert not ctx.flagged([at["a0"], at["a3"]], {at["a3"]})


# -- mend74 (review86 of coherence51) -----------------------------------------------------------------------------

_MAYOR = {"b": ["Mayor Tom Reed of Cedar Rapids declared a local emergency on Monday as the Cedar River rose to record "
                "levels."],
          "a": ["Mayor Tom Reed flew over the flooded neighbourhoods on Monday afternoon with emergency officials.",
                "Forecaster Ann Lee of the weather service said more rain was expected through Wednesday.",
                "The mayor ordered 20,000 residents to leave their homes in low-lying districts by Tuesday night."]}


def test_a_role_is_its_holder_s_not_the_last_person_named() -> None:
    """"The mayor" is Reed, whom the article writes as mayor, not the forecaster its sentence before names."""
    ctx, at = _ctx(_MAYOR)
    assert ctx.described(at["a2"]) == (frozenset({"reed"}), at["a0"])
    assert not ctx.flagged([at["b0"], at["a2"]], {at["a2"]})
    scores = {"b0": 1.0, "a2": 0.9, "a0": 0.1, "a1": 0.1}
    assert _choose(_MAYOR, scores, words=36) == ["b0", "a2"]


def test_a_role_after_a_person_of_another_title_is_no_flag() -> None:
    """No holder written with the role, and the last person named holds another title: unsure, the line stands."""
    texts = {"a": ["The river crested at 31 feet on Monday, flooding 400 homes in Cedar Rapids.",
                   "Forecaster Ann Lee of the weather service said more rain was expected through Wednesday.",
                   "The mayor ordered 20,000 residents to leave their homes by Tuesday night."]}
    ctx, at = _ctx(texts)
    assert ctx.described(at["a2"]) is None


def test_a_role_word_as_a_modifier_is_no_person() -> None:
    assert described("The executive order takes effect on Friday and covers 40 million acres.") == ()
    assert described("The host country will spend $5 billion on the games.") == ()
    assert described("The star's brightness fell by 20 percent in a week.") == ()
    assert described("The model predicts more rain.") == ()
    assert described("The candidate list closes Monday.") == ()
    assert described("The pop star said she would tour again.") == (0,)
    assert described("The mayor ordered residents to leave.") == (0,)


def test_a_role_that_names_its_person_after_a_second_role_is_no_stranger() -> None:
    assert described("The Oscar-winning actress and director Jane Doe said she had lost $2 million.") == ()
    assert described("The actress and her husband Tom Cole said so.") == (0,)  # the husband is named, not she


def test_a_stranger_s_role_never_costs_the_summary_a_sentence() -> None:
    """After a summary that named no one, a role whose person it never named is a stranger, as a pointer is: never
    fewer sentences than the choice without the rule. After another person it named, the reader would take the
    role for that person: the line stays out even so (a wrong person is worse than a shorter summary)."""
    line = "The Oscar-winning actress and her husband Tom Cole said they had lost $2 million to the scheme."
    texts = {"b": ["A Hollywood film fund collapsed on Monday after prosecutors said it had cost investors $40 million "
                   "in a scheme that ran for ten years."],
             "a": ["Hollywood producer Tom Reed, who ran the fund, was charged on Monday with fraud.",
                   "His lawyer, Ann Stone, said he would plead not guilty.", line]}
    scores = {"b0": 1.0, "a2": 0.9, "a0": 0.1, "a1": 0.1}
    for words in (45, 60):
        assert len(_choose(texts, scores, words=words)) >= len(_choose(texts, scores, words=words, summary_roles=False))
    texts["b"] = ["Hollywood producer Tom Reed was charged with fraud on Monday over a film-financing scheme that "
                  "prosecutors say cost investors $40 million."]
    assert _choose(texts, scores, words=45) == ["b0"]


def test_a_quoted_we_in_narration_ends_the_presented_text() -> None:
    article = ("The county's new budget closes two fire stations.\nThe county's answer to the fire chiefs was short:\n"
               "\"We have no money left,\" budget director Ann Lee told the council on Monday night.\n"
               "I have covered this county for twenty years and have never seen a station closed for money.")
    assert not _at(article, "I have covered")
    told = "Readers wrote in:\nThe agency told us it would reply.\nI have waited two weeks for my refund."
    assert not _at(told, "I have waited")


def test_he_wrote_is_the_writer_not_the_last_person_named() -> None:
    texts = {"a": ["Tom Dale, who killed three people in Springfield, left a letter at his home, police said on Monday.",
                   "Police chief Ann Cole said officers found the letter on a desk in his bedroom.",
                   "In the letter, he wrote:",
                   "I have decided that nobody will stop me from doing what must be done now."]}
    ctx, at = _ctx(texts)
    assert not ctx.flagged([at["a0"], at["a3"]], {at["a3"]})  # Dale, the writer, named
    assert ctx.flagged([at["a1"], at["a3"]], {at["a3"]})  # the police chief's "I" it is not
