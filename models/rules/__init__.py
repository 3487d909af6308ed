"""The rule engine: stay limits, registration, permits and identity documents, refugee and asylum deadlines, appeals,
bans, quota dates.

Pure functions over dates (RULES.md is the specification): no database, no
Qt, no clock — "today" is always the `as_of` argument. Typical use::

    from models.rules.engine import evaluate
    from models.rules.ruleset import RuleVersion, load_default_ruleset
    from models.rules.situation import Situation, Stay

    rules = load_default_ruleset().with_versions(RuleVersion.from_record(r) for r in rows_from_the_database)
    result = evaluate(Situation("UZB", (Stay(entry, None, "visa_free"),)), rules, as_of)
    for obligation in result.obligations:      # sorted by due date
        obligation.due, obligation.status, obligation.rule_version, obligation.explanation("kk")
    result.stay.latest_exit, result.stay.days_in_window

Modules: `situation` (input dataclasses), `ruleset` (versions and groups,
read from resources/rules/*.toml), `dates` (counting conventions),
`intervals` (day sets as merged ordinal spans), one module per rule family
(`stay`, `stay_window`, `registration`, `permit`, `document`, `refugee`, `asylum`,
`entry_ban`, `proceedings`, `work`, `citizenship`, `quota`), `obligation` and `messages`
(explanations in English, Russian and Kazakh), and `engine`.

Adding a rule: every place it touches (tests/rules/test_rule_checklist.py fails, naming what is
missing, for the places marked *):

1. * `ruleset.PARAMETERS`: the rule id ("family.name") and the type of each parameter.
2. * `resources/rules/<family>.toml`: a `[[version]]` with `effective_from`, `citation`, *
   `citation_ru` and `citation_kk`, `verification` and `[version.params]`; and the rule's `[titles]`
   entry. A later change of the law is one more `[[version]]`, not new code.
3. * The rule module `<family>.py` (one per family): its id as a module constant (`RULE = ...`), flat
   branches on the date, returning `Obligation.make(version, due, ...)` with message fragments.
4. * `messages.TEMPLATES`: every fragment key the module uses, in "en", "ru" and "kk" (Russian
   numbers through the `{n:unit}` specs, which take the three plural forms).
5. `engine.evaluate` calls the module (or the engine exports it, as `job_search`);
   `engine.RULE_ORDER` places it among the deadlines due on the same day (unlisted rules sort last).
6. * `desktop/labels.py` `RULES`: the caseworker's name for it (context "Labels"), * translated and
   finished in the Russian and Kazakh catalogues (`resources/translations/*_ru.ts`, `*_kk.ts`).
7. `desktop/supervisor/words.py` `RULE_ORDER`, if supervisors filter alerts by it.
8. `../shared/RULES.md` (the specification, with its sources) and a test module
   `tests/rules/test_<family>.py` asserting both "applies from X" and "does not apply before X".

A rule that only carries parameters for others (no obligation, no label) is named in
`SUPPORTING_RULES`.
"""

# Parameters read by other rules' modules; they produce no obligation of their own (a registration
# deadline set by registration.deferred is still a registration.deadline, naming the deferral's version).
SUPPORTING_RULES = frozenset({"stay.exempt_categories", "registration.deferred", "registration.simplified",
                              "stay.per_entry_registered"})
