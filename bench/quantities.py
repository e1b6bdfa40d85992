"""Figures stage against public quantity test sets, side by side with quantulum3 and
Microsoft Recognizers-Text.

Run: .venv/bin/python bench/quantities.py   (after `make bench` has installed the peers)

Scoring (printed again at the top of the output):
- A system's answer for one input is a list of (value, unit) pairs, units mapped to our
  vocabulary (count, percent, ISO 4217 codes, unit words) by the tables below.
- A case is right when the expected pairs and the predicted pairs match one to one:
  same unit and values within 1e-6 relative, nothing missing, nothing extra.
- Recognizers-Text: for the Currency spec only predicted money pairs are compared, for the
  Percentage spec only percent pairs (the specs do not list the other numbers in their
  sentences); for the Number spec every predicted value is compared as a bare number
  (unit ignored: the spec lists numbers, not quantities).  Reported on all cases and on
  the cases not marked NotSupported for python.
- quantulum3 tests: all predicted pairs against all expected pairs; reported on all cases
  and on the subset whose expected units are all counts, percentages or currencies.
- Samples: figures F1 as in shared/eval/FORMAT.md (unit and value within 0.5%, each gold
  matched once) and qualifier accuracy on the matched pairs.
- Dev set (shared/eval/dev, 40 pages): the same FORMAT.md matching, every system on the
  raw page text; once on the figures whose unit is a currency or percent (what all three
  systems claim to find), once on every unit (Recognizers-Text has no count/unit model
  in this comparison, so it is left out there).
Peers: quantulum3 (its shipped classifier does not unpickle under scikit-learn 1.9, so it is
retrained once into .venv/quantulum3-clf.joblib, git-ignored, and passed as classifier_path:
without it every ambiguous unit, "pounds", "dollars", crashed the parse) and
recognizers-text-suite (currency and percentage models). Both are benchmark-only
(requirements-bench.lock, installed by `make bench`).
"""

from __future__ import annotations

import json
import math
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.annotate import load_nlp  # noqa: E402
from pipeline.extract.figures import find_figures  # noqa: E402

DATA = Path("/work/shared/datasets")
SPECS = DATA / "recognizers-text-specs-en"
GOLD = Path("/work/shared/eval/gold")
DEV = Path("/work/shared/eval/dev")
QUANTULUM_CLASSIFIER = ROOT / ".venv" / "quantulum3-clf.joblib"

# Recognizers-Text currency unit names (when no isoCurrency is given) -> ISO 4217.
RECOGNIZERS_UNITS = {
    "Dollar": "USD", "Pound": "GBP", "Euro": "EUR", "Franc": "CHF", "Rupee": "INR",
    "Finnish markka": "FIM", "Peseta": "ESP", "Netherlands guilder": "NLG",
    "Cent": "USD/100", "Pence": "GBP/100", "Penny": "GBP/100", "Bitcoin": "BTC", "Sen": "sen",
    "Satoshi": "satoshi",
}
# quantulum3 unit names -> ours.
QUANTULUM_UNITS = {
    "dimensionless": "count", "percentage": "percent", "dollar": "USD",
    "united states dollar": "USD", "euro": "EUR", "pound sterling": "GBP",
    "south korean won": "KRW", "japanese yen": "JPY", "yen": "JPY", "chinese yuan": "CNY",
    "renminbi": "CNY", "yuan": "CNY", "indian rupee": "INR", "swiss franc": "CHF",
    "canadian dollar": "CAD", "australian dollar": "AUD", "hong kong dollar": "HKD",
    "new zealand dollar": "NZD", "turkish lira": "TRY", "mexican peso": "MXN",
    "russian ruble": "RUB", "finnish markka": "FIM", "cent": "USD/100", "penny": "GBP/100",
    "kilometre": "km", "metre": "metre", "centimetre": "cm", "millimetre": "mm",
    "mile": "mile", "foot": "foot", "inch": "inch", "square kilometre": "km2",
    "square mile": "square mile", "square metre": "m2", "hectare": "hectare", "acre": "acre",
    "kilogram": "kg", "gram": "gram", "milligram": "milligram", "tonne": "tonne",
    "ton": "ton", "pound-mass": "pound", "litre": "litre", "gallon": "gallon",
    "degree Celsius": "degree Celsius", "degree fahrenheit": "degree Fahrenheit",
    "megawatt": "MW", "gigawatt": "GW", "kilowatt": "kW", "kilowatt hour": "kWh",
    "megawatt hour": "MWh", "kilometre per hour": "km/h", "mile per hour": "mph",
}
MONEY_FREE = {"count", "percent", "percentage_point", "basis_point", "rank"}
COUNT_PERCENT_MONEY_Q = {"dimensionless", "percentage", "dollar", "euro", "pound sterling",
                         "cent", "penny", "dime"}


def minor_to_main(value: float, unit: str) -> tuple[float, str]:
    """Cents and pence are scored as hundredths of the main unit, for every system."""
    if unit.endswith("/100"):
        return value / 100, unit[:-4]
    return value, unit


def is_money(unit: str) -> bool:
    return unit not in MONEY_FREE and unit.isupper() and len(unit) == 3


def close(a: float, b: float, rel: float = 1e-6) -> bool:
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-9)


def pairs_match(expected: list, predicted: list, rel: float = 1e-6) -> bool:
    left = list(predicted)
    for ev, eu in expected:
        hit = next((k for k, (pv, pu) in enumerate(left) if pu == eu and close(pv, ev, rel)),
                   None)
        if hit is None:
            return False
        left.pop(hit)
    return not left


# --- systems -----------------------------------------------------------------------


class Ours:
    name = "ours"

    def __init__(self):
        self.nlp = load_nlp()

    def pairs(self, text: str) -> list[tuple[float, str]]:
        return [(f.value, f.unit) for f in find_figures(self.nlp(text)) if f.value is not None]


def quantulum_classifier(path: Path = QUANTULUM_CLASSIFIER) -> Path:
    """quantulum3's unit classifier, trained under the installed scikit-learn (about a
    minute, once): the pickle it ships was made by an older scikit-learn and fails to load."""
    if not path.exists():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3.classifier import train_classifier

            path.parent.mkdir(parents=True, exist_ok=True)
            train_classifier(output_path=str(path), n_jobs=1)
    return path


class Quantulum:
    name = "quantulum3"

    def __init__(self):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
        self.parser = parser
        self.classifier_path = str(quantulum_classifier())
        self.crashes = 0

    def pairs(self, text: str) -> list[tuple[float, str]]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                found = self.parser.parse(text, classifier_path=self.classifier_path)
            except Exception:  # noqa: BLE001 - a crash on one input is a wrong answer
                self.crashes += 1
                return []
        return [minor_to_main(q.value, QUANTULUM_UNITS.get(q.unit.name, q.unit.name))
                for q in found]


class Recognizers:
    """Microsoft Recognizers-Text (Python port): its currency and percentage models."""

    name = "recognizers"

    def __init__(self):
        from recognizers_suite import Culture, recognize_currency, recognize_percentage

        self.models = (recognize_currency, recognize_percentage)
        self.culture = Culture.English
        self.crashes = 0

    def pairs(self, text: str) -> list[tuple[float, str]]:
        out = []
        for model in self.models:
            try:
                found = model(text, self.culture)
            except Exception:  # noqa: BLE001 - a crash on one input is a wrong answer
                self.crashes += 1
                continue
            for r in found:
                res = r.resolution or {}
                raw = str(res.get("value") or "").rstrip("%")
                try:
                    value = float(raw)
                except ValueError:
                    continue
                if model is self.models[1]:
                    out.append((value, "percent"))
                    continue
                unit = res.get("isoCurrency") or RECOGNIZERS_UNITS.get(res.get("unit"), "")
                if unit:
                    out.append(minor_to_main(value, unit))
        return out


# --- data sets ---------------------------------------------------------------------


def load_spec(rel: str) -> list[dict]:
    return json.loads((SPECS / rel).read_text(encoding="utf-8-sig"))


def spec_expected(case: dict, kind: str) -> list[tuple[float, str]]:
    out = []
    for r in case["Results"]:
        res = r["Resolution"]
        raw = str(res.get("value", "")).rstrip("%")
        try:
            value = float(raw)
        except ValueError:
            continue
        if kind == "currency":
            unit = res.get("isoCurrency") or RECOGNIZERS_UNITS.get(res.get("unit"), res.get("unit"))
            if unit.endswith("/100"):  # minor units: we report the amount in the main unit
                unit, value = unit[:-4], value / 100
        elif kind == "percent":
            unit = "percent"
        else:
            unit = "number"
        out.append((value, unit))
    return out


def restrict(pairs: list, kind: str) -> list:
    if kind == "currency":
        return [p for p in pairs if is_money(p[1])]
    if kind == "percent":
        return [p for p in pairs if p[1] == "percent"]
    return [(v, "number") for v, u in pairs if u != "rank"]


def run_specs(systems) -> None:
    print("\n## Microsoft Recognizers-Text English specs (case accuracy, value+unit)")
    print(f"{'spec':28} {'cases':>5} " + " ".join(f"{s.name:>12}" for s in systems)
          + "   | no-python-gap: cases " + " ".join(f"{s.name:>12}" for s in systems))
    rows = []
    for rel, kind in (("NumberWithUnit/English/CurrencyModel.json", "currency"),
                      ("Number/English/PercentModel.json", "percent"),
                      ("Number/English/NumberModel.json", "number")):
        cases = load_spec(rel)
        rows.append((Path(rel).stem, cases, kind))
        if kind == "number":  # isolated numbers are dropped by design as page furniture
            rows.append(("NumberModel (>=4 words)",
                         [c for c in cases if len(c["Input"].split()) >= 4], kind))
    for name, cases, kind in rows:
        right = {s.name: [0, 0] for s in systems}
        n_sup = 0
        for case in cases:
            supported = "python" not in case.get("NotSupported", "")
            n_sup += supported
            exp = spec_expected(case, kind)
            for s in systems:
                ok = pairs_match(exp, restrict(s.pairs(case["Input"]), kind))
                right[s.name][0] += ok
                right[s.name][1] += ok and supported
        print(f"{name:28} {len(cases):5} "
              + " ".join(f"{right[s.name][0] / len(cases):12.1%}" for s in systems)
              + f"   | {n_sup:20} "
              + " ".join(f"{right[s.name][1] / max(n_sup, 1):12.1%}" for s in systems))


def run_quantulum_tests(systems) -> None:
    print("\n## quantulum3 tests/quantities.json (case accuracy, value+unit, all pairs)")
    cases = json.loads((DATA / "quantulum3-tests/quantities.json").read_text())
    subset = [c for c in cases if c["res"] and all(
        r["unit"] in COUNT_PERCENT_MONEY_Q for r in c["res"])]
    for label, group in (("all cases", cases), ("count/percent/currency subset", subset)):
        scores = []
        for s in systems:
            ok = 0
            for c in group:
                exp = [minor_to_main(float(r["value"]), QUANTULUM_UNITS.get(r["unit"], r["unit"]))
                       for r in c["res"]]
                ok += pairs_match(exp, s.pairs(c["req"]))
            scores.append(ok / len(group))
        print(f"{label:32} {len(group):4} cases  "
              + "  ".join(f"{s.name}={v:.1%}" for s, v in zip(systems, scores, strict=True)))
    print("subset = cases whose expected units are all in: " + ", ".join(sorted(
        COUNT_PERCENT_MONEY_Q)))


UNIT_WORDS = {"%": "percent", "km": "kilometre", "m2": "square metre"}


def norm_unit(u: str) -> str:
    u = UNIT_WORDS.get(u.strip(), u.strip()).lower()
    return u[:-1] if u.endswith("s") and len(u) > 3 else u


def run_samples(ours: Ours) -> None:
    print("\n## Samples (FORMAT.md figure matching: unit, value within 0.5%)")
    corpus = ROOT / "corpus"
    for gold_path in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text())
        text_path = corpus / gold["document"]
        if not text_path.exists():
            continue
        figures = find_figures(ours.nlp(text_path.read_text(encoding="utf-8")))
        gold_figs = gold.get("figures", [])
        used: set[int] = set()
        tp = qual_ok = 0
        for g in gold_figs:
            for k, f in enumerate(figures):
                if k in used or norm_unit(f.unit) != norm_unit(g["unit"]):
                    continue
                if f.value is not None and close(f.value, float(g["value"]), 0.005):
                    used.add(k)
                    tp += 1
                    qual_ok += f.qualifier == (g.get("qualifier") or "")
                    break
        p = tp / len(figures) if figures else (1.0 if not gold_figs else 0.0)
        r = tp / len(gold_figs) if gold_figs else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        qacc = qual_ok / tp if tp else float("nan")
        print(f"{gold_path.stem:26} gold={len(gold_figs):3} predicted={len(figures):3} "
              f"P={p:.3f} R={r:.3f} F1={f1:.3f} qualifier_acc={qacc:.3f}")


def _is_money_or_percent(unit: str) -> bool:
    return unit == "percent" or is_money(unit)


def _match_count(gold: list, predicted: list) -> int:
    """FORMAT.md figure matching: same unit, value within 0.5%, each gold item once."""
    from pipeline.evaluate.match import normalise_unit

    left = [(v, normalise_unit(u)) for v, u in predicted]
    tp = 0
    for gv, gu in gold:
        gu = normalise_unit(gu)
        hit = next((k for k, (pv, pu) in enumerate(left) if pu == gu and close(pv, gv, 0.005)),
                   None)
        if hit is not None:
            left.pop(hit)
            tp += 1
    return tp


def run_dev(systems) -> None:
    print("\n## Dev set (shared/eval/dev, 40 pages, raw text; FORMAT.md figure matching)")
    pages = []
    for gold_path in sorted((DEV / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = DEV / "pages" / gold["document"]
        if page.exists():
            gold_pairs = [(float(f["value"]), str(f["unit"])) for f in gold.get("figures", [])
                          if f.get("value") is not None]
            pages.append((page.read_text(encoding="utf-8"), gold_pairs))
    predicted = {s.name: [s.pairs(text) for text, _ in pages] for s in systems}
    for label, keep, names in (
            ("currency + percent", _is_money_or_percent, [s.name for s in systems]),
            ("every unit", lambda u: True, [s.name for s in systems if s.name != "recognizers"])):
        cells = []
        for name in names:
            tp = fp = fn = 0
            for (_, gold_pairs), pred in zip(pages, predicted[name], strict=True):
                g = [p for p in gold_pairs if keep(p[1])]
                q = [p for p in pred if keep(p[1])]
                hit = _match_count(g, q)
                tp, fp, fn = tp + hit, fp + len(q) - hit, fn + len(g) - hit
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            cells.append(f"{name} P={prec:.3f} R={rec:.3f} F1={f1:.3f}")
        print(f"{label:20} " + "  |  ".join(cells))


def main() -> None:
    from importlib.metadata import version

    print("Scoring" + __doc__.split("Scoring")[1].split("quantulum3 is a")[0].rstrip())
    ours = Ours()
    systems = [ours, Quantulum(), Recognizers()]
    print(f"\nquantulum3 {version('quantulum3')} (classifier retrained under scikit-learn "
          f"{version('scikit-learn')}), recognizers-text-suite "
          f"{version('recognizers-text-suite')}")
    run_specs(systems)
    run_quantulum_tests(systems)
    run_samples(ours)
    if DEV.exists():
        run_dev(systems)
    print("\ncrashes (an input whose parse raised): "
          + ", ".join(f"{s.name}={getattr(s, 'crashes', 0)}" for s in systems))


if __name__ == "__main__":
    main()
