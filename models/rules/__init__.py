"""The rule engine: stay limits, registration, documents, refugee and asylum deadlines, bans, quota dates.

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
(`stay`, `stay_window`, `registration`, `permit`, `refugee`, `asylum`,
`entry_ban`, `work`, `citizenship`, `quota`), `obligation` and `messages`
(explanations in English, Russian and Kazakh), and `engine`.
"""
