from claims.sentences import segment


def sentences(text):
    return [text[s.start:s.end] for s in segment(text)]


def test_offsets_are_exact_and_abbreviations_do_not_split():
    text = "Mr. Han met Dr. Kim in the U.S. capital. Ties improved.\n\nA new paragraph here."
    spans = segment(text)
    assert [text[s.start:s.end] for s in spans] == [
        "Mr. Han met Dr. Kim in the U.S. capital.", "Ties improved.", "A new paragraph here."]
    assert [s.paragraph for s in spans] == [0, 0, 1]


def test_dateline_bullets_and_formula_characters_are_trimmed():
    text = ("SEOUL, Oct. 2 (Yonhap) -- Moon met Xi.\n"
            "  • Trade rose sharply.\n"
            "=HYPERLINK(\"x\") Seoul said so.")
    assert sentences(text) == ["Moon met Xi.", "Trade rose sharply.", "HYPERLINK(\"x\") Seoul said so."]


def test_transcript_sound_bite_gets_its_own_speaker_and_time():
    text = "[Hong Gil-dong / Minister (last 3rd): We will talk to Beijing.] He then left."
    spans = segment(text)
    assert [text[s.start:s.end] for s in spans] == ["We will talk to Beijing.", "He then left."]
    assert (spans[0].speaker, spans[0].when) == ("Hong Gil-dong", "last 3rd")
    assert spans[1].speaker == ""


def test_quotes_close_sentences():
    text = "He said “ties are warm.” Then he left."
    assert sentences(text) == ["He said “ties are warm.”", "Then he left."]


def test_an_ellipsis_joining_a_korean_headlines_halves_is_no_sentence_end():
    text = ('Xi visits Seoul for the first time in 11 years… Lee "Asks China for a constructive role"\n'
            'Cho meets Wang in Beijing... "Let\'s make ties healthy"\nTies improved. Seoul said so!! Really? Yes.')
    assert sentences(text) == ['Xi visits Seoul for the first time in 11 years… Lee "Asks China for a constructive role"',
                               'Cho meets Wang in Beijing... "Let\'s make ties healthy"',
                               "Ties improved.", "Seoul said so!!", "Really?", "Yes."]
