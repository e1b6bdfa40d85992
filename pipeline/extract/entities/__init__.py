"""Entity stage: named-entity mentions and in-document entities of one spaCy Doc.

spaCy's NER proposes spans; entities_spans corrects their bounds and labels and adds the
mentions it misses (acronym definitions, native-script glosses, repeats of names already
found); entities_coref groups them into one LocalEntity per real-world thing.
Numeric and temporal labels (DATE, MONEY, ...) belong to other stages and are ignored.
"""

from __future__ import annotations

from pipeline.extract.entities.acronyms import (
    acronym_repeats,
    appositive_names,
    common_noun_expansions,
    known_as,
    parentheses,
)
from pipeline.extract.entities.coordination import (
    and_joined_firm,
    comma_joined_people,
    coordinated_modifiers,
    dash_joined_names,
    et_joined_names,
    field_after_head,
    places_cut_short,
)
from pipeline.extract.entities.coref import group
from pipeline.extract.entities.firm_names import partner_firms, possessive_firms
from pipeline.extract.entities.fragments import (
    company_with_country,
    events,
    gathering_glued,
    hyphen_prefixed,
    hyphenated_places,
    in_country_names,
    joined_places,
    list_inside_name,
    middle_initial,
    not_portfolios,
    place_glued,
    place_particles,
    plural_roles,
    role_word_glued,
    title_inside,
    title_of_org_person,
    works_cut_short,
)
from pipeline.extract.entities.headwords import (
    division_names,
    front_cut_names,
    head_noun_names,
    place_bodies,
)
from pipeline.extract.entities.known_places import places_in_context
from pipeline.extract.entities.missed import (
    addressed_names,
    dateline_companies,
    dateline_places,
    hyphenated_place_names,
    kind_noun_names,
    list_organisations,
    organisations_before_titles,
    places_before_extents,
    places_before_titles,
    titled_names,
)
from pipeline.extract.entities.names import squash
from pipeline.extract.entities.spans import (
    dedupe,
    drop_common_words,
    from_spacy,
    list_context,
    name_repeats,
    other_stage_spans,
)
from pipeline.extract.entities.surnames import surname_repeats
from pipeline.model import LocalEntity, Mention


def find_entities(doc) -> tuple[list[Mention], list[LocalEntity]]:
    """Mentions (sorted by start, exact offsets into doc.text) and the entities they name.

    LocalEntity.name is the most complete form used in the document (places without a
    suffix such as "City", organisations by their expansion rather than the acronym);
    aliases are every other surface form, titled forms included ("Vice Mayor Noh").
    """
    text = doc.text
    blocked = other_stage_spans(doc)
    cands = title_of_org_person(text, title_inside(text, from_spacy(doc, text)))
    cands = place_glued(text, [role_word_glued(text, c) for c in plural_roles(text, cands)])
    cands = middle_initial(text, cands)
    cands = places_cut_short(text, comma_joined_people(text, cands))
    cands = and_joined_firm(text, et_joined_names(text, dash_joined_names(text, cands)))
    cands = possessive_firms(text, partner_firms(text, cands))
    cands = field_after_head(doc, text, coordinated_modifiers(doc, text, cands))
    cands = front_cut_names(doc, cands, text)
    hyphenated_places(text, cands)
    works_cut_short(text, cands)
    gathering_glued(text, cands)
    cands, short_links = hyphenated_place_names(text, cands)
    place_particles(text, cands)
    cands = in_country_names(text, cands)
    cands = not_portfolios(text, company_with_country(text, joined_places(text, cands)))
    cands = drop_common_words(doc, cands, text)
    cands = dateline_places(text, addressed_names(text, cands, blocked), blocked)
    cands = dateline_companies(text, cands, blocked)
    cands = places_before_titles(text, titled_names(text, cands, blocked), blocked)
    cands = places_before_extents(text, cands, blocked)
    cands = organisations_before_titles(text, cands, blocked)
    cands = places_in_context(text, cands, blocked)
    cands = list_organisations(text, kind_noun_names(text, cands, blocked))
    cands = place_bodies(text, common_noun_expansions(text, cands))
    cands = dedupe(cands)
    cands = dedupe(cands + head_noun_names(doc, cands, text))
    cands = dedupe(cands + division_names(doc, cands, text))
    hyphen_prefixed(text, cands)
    list_inside_name(text, cands, blocked)
    list_context(text, cands)
    added, links = parentheses(text, cands)
    links += short_links
    cands, more = known_as(text, dedupe(cands + added))
    links += more
    added, more = appositive_names(doc, text, cands)
    links += more
    cands = dedupe(cands + added)
    added, more = acronym_repeats(text, cands, blocked)
    links += more
    cands = dedupe(cands + added)
    cands = dedupe(cands + name_repeats(doc, cands, text))
    cands = dedupe(cands + surname_repeats(doc, cands, text, blocked))
    events(text, cands)
    groups = group(text, cands, links)
    groups.sort(key=lambda g: min(c.start for c in g.members))
    mentions: list[Mention] = []
    entities: list[LocalEntity] = []
    for key, g in enumerate(groups):
        forms = set()
        for c in g.members:
            surface = squash(text[c.start : c.end])
            forms.add(surface)
            if c.title:
                forms.add(f"{c.title} {surface}")
            mentions.append(
                Mention(c.start, c.end, text[c.start : c.end], g.label, key, c.title, c.rule)
            )
        forms.discard(g.name)
        entities.append(LocalEntity(key, g.name, g.label, sorted(forms)))
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions, entities
