"""sentences: each sentence keeps its character span in the cleaned text (citations open it)."""
from accord.analyse import analyse_many
from accord.analyse.sentences import spans, split
from accord.model import Article


def test_spans_slice_the_text_into_its_sentences():
    text = "  He said “We go.”  Then   they left.\n\n\tMr. Smith came at 3 p.m. today.\r\nA b c.  D e f ...  G"
    got = [text[a:b] for a, b in spans(text)]
    assert got == split(text)
    assert got == ["He said “We go.”", "Then   they left.", "Mr. Smith came at 3 p.m. today.", "A b c.  D e f ...", "G"]
    assert spans("") == [] and spans("\n \n") == []


def test_analysed_sentences_point_into_the_article_text():
    art = Article(id="a", title="Headline", text="Troops left on Thursday. “We are done,” Putin said.\nNo more.")
    sents = analyse_many([art])["a"]
    assert [s.text for s in sents] == ["Troops left on Thursday.", "“We are done,” Putin said.", "No more."]
    for s in sents:
        assert art.text[s.start:s.end] == s.text
        assert s.ref.start == s.start and s.ref.end == s.end and s.ref.index == s.index
