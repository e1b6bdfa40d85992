"""The leading look-behinds of NUMBER_RE and AGE_RE only say what every match has."""

import re

import pytest

from pipeline.extract.figures import scan

TEXT = (
    "Sales rose 12% to $3.5bn (£2.7bn), about 40,000 units, up from 3m in 2019. "
    "More than a third of the 25-year-old staff, aged 18 to 24, earn over HK$ 12,000; "
    "profit fell by nearly two million euros, or 0.5 percentage points, to 7.2 billion "
    "yuan. abc12 x5 5x 3-fold -4 US$5 A$7 a 9 years old boy, an estimated 1,200 people "
    "and twenty-five thousand dollars; one in five, No. 3, the 2nd-largest."
)


@pytest.mark.parametrize(("pattern", "prefix"), [
    (scan.NUMBER_RE, r"(?<![A-Za-z])"),
    (scan.AGE_RE, r"(?<![\w])(?:"),
])
def test_prefix_changes_no_match(pattern, prefix):
    assert pattern.pattern.startswith(prefix)
    body = pattern.pattern[len(prefix):]
    if prefix.endswith("(?:"):
        body = body[:-1]
    bare = re.compile(body, pattern.flags)
    for text in (TEXT, TEXT.upper(), TEXT.replace(" ", "")):
        got = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in bare.finditer(text)]
    assert any(True for _ in pattern.finditer(TEXT))
