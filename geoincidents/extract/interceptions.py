"""An attack and its interception: one draft or two (docs/extract.md, "An attack and its interception").

An incident has a launch end and a target end (docs/incidents.md); an attack
that was shot down still had its target. One rule, over the clauses a
report's draft was merged from (:func:`clause_told`):

* a clause of **fire** tells projectiles fired, aimed or landing ("Iran fired
  two waves of missiles at Israel", "two rockets were aimed at the base");
* a clause of **downing** tells their interception ("air defences intercepted
  most of the missiles", "one was shot down", "a drone launched at the base
  was shot down").

A draft of an attack told by both, whose fire got past its downing
(:func:`got_past`: some got through, more fired than downed, or a weapon
fired that was not downed), is two incidents: the attack (outcome
intercepted or partly intercepted) and an interception draft of its own at
the same target, on the same day, by the same actor; each names the other
in its notes. Every other draft stays one: fire told with its downing and
nothing more (the attack), fire downed one for one (the attack, outcome
intercepted), a downing told alone (the interception). Fire told only by
its downing and all of it downed ("a drone launched toward Eilat was
intercepted", which :func:`cues.intercepted_attack` reads as the attack on
Eilat) is typed ``interception`` here, its target, launch and actor kept; so
is a drone, or one or two missiles or rockets counted, told fired and then
downed, none through, unless a group claims the fire.
"""
from __future__ import annotations

from typing import Any

from geoincidents.extract.counts import MUNITION_TYPES
from geoincidents.extract.cues import ATTACK_INTERCEPTED, DEBRIS
from geoincidents.extract.drafts import Draft

__all__ = ["clause_told", "got_past", "split_interceptions"]

#: The priority an interception split off an attack keeps ("shot down" in extract_triggers.csv).
_DOWNING_PRIORITY = 85


def clause_told(event: Any) -> list[str]:
    """What one event clause tells: "fire", "downing", "through" when some of the fire got past the downing, and the
    weapon fired or downed ("fired:rocket_attack", "downed:drone_attack").

    Debris, shrapnel and an interceptor's fragments tell where an interception fell, no downing."""
    through = ["through"] if event.outcome == "partly intercepted" else []
    weapon = event.event_type if event.event_type in MUNITION_TYPES else ""
    if event.priority == ATTACK_INTERCEPTED:  # an attack told by its downing (cues.intercepted_attack)
        return ["downing", f"downed:{weapon}"] + (["fire"] + through if through else [])
    if event.event_type == "interception":
        return ["downing"] if event.priority > DEBRIS else []
    if not weapon:
        return []
    if event.outcome:
        return ["fire", "downing", f"downed:{weapon}"] + through
    if event.trigger.split()[-1:] and event.trigger.split()[-1] in _ATTACK_NOUNS:
        return ["fire named", f"fired:{weapon}"]  # "Drone attack on US base in Syria": the attack named, not fired
    return ["fire", f"fired:{weapon}"]


#: The nouns that name an attack by its weapon ("drone attack", "missile attacks"): fire named, not told as fired.
_ATTACK_NOUNS = frozenset({"attack", "attacks"})


def split_interceptions(groups: list[Draft]) -> list[Draft]:
    """The drafts of one report with each attack's interception as a draft of its own, in the order told."""
    out: list[Draft] = []
    for g in groups:
        kinds = {kind for kind, _ in g.told}
        fire = bool(kinds & {"fire", "fire named"})
        if "downing" in kinds and fire and g.event_type in MUNITION_TYPES and got_past(g):
            downing = _interception_of(g)
            fired_first = min(at for kind, at in g.told if kind in ("fire", "fire named")) <= min(
                at for kind, at in g.told if kind == "downing")
            out += [g, downing] if fired_first else [downing, g]
        else:
            if "downing" in kinds and g.event_type in MUNITION_TYPES and g.outcome == "intercepted" \
                    and not any(g.fatalities) and not any(g.injured) \
                    and ("fire" not in kinds or (g.event_type == "drone_attack" or _one_or_two(g))
                         and not any(status == "claimed" for _, status, _ in g.claims)):
                # "a drone launched toward Eilat was intercepted", "US forces shot down a drone targeting the Harir
                # base": fire told only by its downing, all of it downed, is the interception (its target, launch
                # and actor kept), as the seed table types the drones downed at Ain al-Asad on 22 April 2024; so is
                # fire the report otherwise only names as an attack ("Drone attack on US base in Syria", "no group
                # claimed the drone attack on the base"), no telling of it fired.
                # So is a drone told fired and then downed, none of it through ("A drone was launched at the Erbil
                # airport base. It was shot down before it reached the base"): one craft, stopped; and so are one
                # or two missiles or rockets counted ("The Houthis fired two ballistic missiles at Eilat. Both were
                # intercepted"). A barrage told fired and downed stays the attack ("Iran fired some 180 missiles at
                # Israel. Most were intercepted", as the seed table types the barrages), and so does fire a group
                # claims ("militias claimed the launch, saying they had fired at a vital target in Eilat"): the claim
                # tells the attack (session 73 measured each way). Fire that killed or wounded anyone is the attack
                # however it was downed ("four sustained minor injuries in two drone attacks ... US forces brought
                # down the attacking drones"): an interception is fire downed with no impact told.
                g.event_type = "interception"
            out.append(g)
    return out


def _one_or_two(g: Draft) -> bool:
    """Whether the fire of draft *g* is counted, at most :data:`_FEW` projectiles ("two ballistic missiles", "two
    rockets were launched"): a shot or two, not a barrage."""
    launched = [n for n, _ in g.projectiles.get("launched", [])] + [n for n, _, _ in g.munitions]
    return bool(launched) and max(launched) <= _FEW


#: The most projectiles a shot downed whole may count and still be typed its interception (not a barrage).
_FEW = 2


def got_past(attack: Draft) -> bool:
    """Whether the fire told went beyond what was downed: some got through ("one was shot down, the other struck the
    landing zone", "intercepted most of the missiles, while others landed in the base"), or more were fired than
    downed ("three drone attacks ... two of the drones were intercepted"). Fire downed one for one ("a drone launched
    toward Eilat was intercepted", and "the group said it had launched a drone at Eilat"), and fire told with its
    downing and nothing more ("Iran fired 300 missiles, most of which were intercepted", as the seed table has it),
    is one incident."""
    told = {key: max((n for n, _ in attack.projectiles.get(key, [])), default=None)
            for key in ("launched", "intercepted", "impacted")}
    kinds = {kind for kind, _ in attack.told}
    fired = {k.split(":")[1] for k in kinds if k.startswith("fired:")}
    downed = {k.split(":")[1] for k in kinds if k.startswith("downed:")}
    # ("fired rockets and drones at Ain al-Asad" and "air defences shot down a drone": the rockets were not downed)
    return "through" in kinds or bool(told["impacted"]) or bool(downed and fired - downed) or (
        told["launched"] is not None and told["intercepted"] is not None and told["launched"] > told["intercepted"])


def _interception_of(attack: Draft) -> Draft:
    """The interception of *attack*: same day, ends and actors, the downing's sentences as its evidence."""
    starts = {at for kind, at in attack.told if kind == "downing"}
    evidence = [e for e in attack.evidence if e["start"] in starts] or list(attack.evidence)
    sources = {e["source_id"] for e in evidence}
    downing = Draft("interception", _DOWNING_PRIORITY, attack.date, attack.date_precision, attack.date_explicit,
                    target=attack.target, target_near=attack.target_near, launch=attack.launch, actor=attack.actor,
                    target_actor=attack.target_actor, claims=[c for c in attack.claims if c[0] in sources],
                    evidence=evidence, dates=list(attack.dates), types=[("interception", _DOWNING_PRIORITY)],
                    order=attack.order, linked=attack.linked, date_notes=list(attack.date_notes),
                    date_loose=attack.date_loose, told=[("downing", at) for at in sorted(starts)], pair_of=attack,
                    date_end=attack.date_end, time=attack.time, timezone=attack.timezone)
    downing.munitions = list(attack.munitions)
    if "intercepted" in attack.projectiles:
        downing.projectiles["intercepted"] = list(attack.projectiles["intercepted"])
    attack.pair_of = downing
    if not attack.outcome:
        attack.outcome = "intercepted"
    return downing
