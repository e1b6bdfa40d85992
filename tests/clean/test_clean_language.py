"""Language identification: short figure-heavy English stays English, foreign text does not."""

from __future__ import annotations

import pytest

from pipeline.clean.language import (
    decide_language,
    detect_language,
    english_stop_share,
    foreign_spans,
    given_language,
)

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


# ------------------------------------------------------------ pages mixing English and Korean

MIXED = (
    "Jeonju (전주) Mayor Kim Seo-yeon welcomed a trade mission from Nantes on 4 April 2024.\n"
    "광주시는 리옹 대표단과 교류 협력 방안을 논의했습니다.\n"
    "The two cities agreed to open joint research centres for batteries and hydrogen "
    "vehicles next year, the city government said in a statement.\n"
    "Kim said about 40 companies from both regions would take part. 양측은 내년에 다시 "
    "만나기로 했습니다.\n"
    "광주시와 리옹시는 2019년 자매결연을 맺은 뒤 문화와 경제 교류를 이어왔습니다.\n"
    "시는 이번 방문을 계기로 유럽 시장 진출을 돕겠다고 밝혔습니다.\n"
)
KOREAN_PAGE = (
    "광주광역시는 4일 프랑스 리옹 경제사절단을 맞아 배터리와 수소 분야 협력 방안을 논의했다. "
    "시는 내년까지 공동 연구센터를 열고 두 지역 기업 40곳이 참여하는 교류 사업을 추진한다. "
    "김서연 시장은 두 도시의 협력이 지역 경제에 큰 도움이 될 것이라고 말했다.\n"
    "Copyright Jeonju Metropolitan City. All rights reserved.\n"
)


def test_mostly_english_page_with_korean_lines_is_english():
    assert detect_language(MIXED) == "ko"  # all its letters together read as Korean
    decision = decide_language(MIXED)
    assert decision.language == "en"
    assert 0.2 < decision.non_english_share < 0.5


def test_korean_page_with_an_english_footer_stays_korean():
    assert decide_language(KOREAN_PAGE) == ("ko", 1.0)


def test_korean_page_with_a_whole_english_article_is_english():
    english = ("The two cities agreed to open joint research centres for batteries and "
               "hydrogen vehicles next year, the city government said in a statement.\n") * 20
    korean = KOREAN_PAGE.split("\n")[0] + "\n"
    page = korean * 40 + english  # more Hangul than Latin letters, and 2,000+ Latin ones
    assert detect_language(page) == "ko"
    decision = decide_language(page)
    assert decision.language == "en" and 0.5 < decision.non_english_share < 0.8
    assert decide_language(korean * 40 + english[:1000]).language == "ko"


def test_pages_in_one_language_are_judged_as_before():
    english = "The harbour authority of Westport approved a new ferry terminal on Monday."
    assert decide_language(english) == ("en", 0.0)
    assert decide_language(FOREIGN["fr"]) == ("fr", 1.0)
    assert decide_language(FOREIGN["ja"]) == ("ja", 1.0)
    assert decide_language("") == ("", None)


def test_given_language_wins_and_is_validated():
    assert decide_language(MIXED, given="ko") == ("ko", 1.0)
    assert decide_language(KOREAN_PAGE, given="en").language == "en"
    assert [given_language(v) for v in ("en", "EN", "en-GB", "zh_Hant", " ko ")] == [
        "en", "en", "en", "zh", "ko"]
    assert [given_language(v) for v in ("English", "xx", "", "e", "english-US")] == [""] * 5


def test_foreign_spans_are_the_passages_in_another_script():
    spans = [MIXED[start:end] for start, end in foreign_spans(MIXED)]
    assert spans == ["광주시는 리옹 대표단과 교류 협력 방안을 논의했습니다.",
                     "양측은 내년에 다시 만나기로 했습니다.",
                     "광주시와 리옹시는 2019년 자매결연을 맺은 뒤 문화와 경제 교류를 이어왔습니다.",
                     "시는 이번 방문을 계기로 유럽 시장 진출을 돕겠다고 밝혔습니다."]
    # a gloss in another script inside an English sentence stays with the sentence
    assert not foreign_spans("Jeonju (전주) Mayor Kim Seo-yeon met the delegation.")
    assert not foreign_spans("Plain ASCII text. Nothing to skip.")
    japanese = "The mayor said so。東京都は新しい政策を発表した。Tokyo will follow."
    assert [japanese[a:b] for a, b in foreign_spans(japanese)] == ["東京都は新しい政策を発表した。"]
