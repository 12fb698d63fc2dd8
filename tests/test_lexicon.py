"""Cue lexicons compile to one fast pattern that matches exactly what the fragments say."""
from claims.lexicon import word_alternation


def test_word_alternation_matches_whole_words_any_case_and_longest_phrase():
    pattern = word_alternation(["China", "Xi", "South China Sea", "Sino-?\\w*"])
    text = "CHINA, Xian and xi met on the south china sea; Sino-Korean ties; Indochina."
    assert pattern.findall(text) == ["CHINA", "xi", "south china sea", "Sino-Korean"]
    lowered = word_alternation(["China", "(?:the )?Blue House"], lowered=True)
    assert lowered.findall("china and the blue house") == ["china", "the blue house"]


def test_china_cues_include_hyphenated_compounds_but_not_words_containing_china():
    from claims.lexicon import patterns

    text = "seoul curbed anti-china rallies amid the us-china rivalry; pro-china voices; indochina; chinaware."
    assert patterns()["china"].findall(text) == ["anti-china", "us-china", "pro-china"]
