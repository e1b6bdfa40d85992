"""Language identification: short figure-heavy English stays English, foreign text does not."""

from __future__ import annotations

import pytest

from pipeline.clean.language import detect_language, english_stop_share

FOREIGN = {
    "fr": "Le conseil municipal de Westport a approuvé lundi la construction d'un nouveau "
    "terminal de ferry, qui coûtera environ 40 millions d'euros.",
    "de": "Der Stadtrat von Westport hat am Montag den Bau eines neuen Fährterminals "
    "genehmigt, der rund 40 Millionen Euro kosten soll.",
    "es": "El ayuntamiento de Westport aprobó el lunes la construcción de una nueva "
    "terminal de ferris, que costará unos 40 millones de euros.",
    "ko": "웨스트포트 시의회는 월요일 새 여객선 터미널 건설을 승인했다. 공사비는 약 400억 원이다.",
    "ja": "ウェストポート市議会は月曜日、新しいフェリーターミナルの建設を承認した。"
    "費用は約40億円の見込み。",
}


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_foreign_paragraphs_are_not_english(code):
    assert detect_language(FOREIGN[code]) == code


@pytest.mark.parametrize("code", ["fr", "de", "es"])
def test_short_foreign_sentences_with_figures_are_not_english(code):
    text = {
        "fr": "Les ventes ont progressé de 3,2 % au premier trimestre.",
        "de": "Der Umsatz stieg im Quartal um 3,2 Prozent.",
        "es": "Las ventas subieron un 3,2 % en el trimestre.",
    }[code]
    assert detect_language(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "Shr 28 cts vs 22 cts\nNet 1,200,000 vs 900,000\nRevs 12.0 mln vs 10.1 mln\n"
        "Nine mths\nShr 81 cts vs 70 cts\nNet 3.6 mln vs 2.9 mln",
        "Qtly div 15 cts vs 15 cts prior\nPayable April 1\nRecord March 15",
        "Harbour Holdings Inc said it sold its Westport unit for 12 mln dlrs to a group "
        "of investors.",
        "The harbour authority of Westport approved a new ferry terminal on Monday.",
    ],
)
def test_short_english_wire_copy_is_english(text):
    assert detect_language(text) == "en"


def test_too_little_text_is_not_judged():
    assert detect_language("Pay 12, 3.5") == ""


def test_stop_word_share():
    assert english_stop_share(["The", "board", "said", "that", "it", "would"]) == 4 / 6
    assert english_stop_share([]) == 0.0


def test_one_repeated_word_gets_no_english_rescue():
    # no evidence for any language: the classifier's own answer stands
    assert detect_language("word " * 200) != "en"
