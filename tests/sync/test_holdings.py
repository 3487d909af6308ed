"""A laptop's holdings follow its user's roles and shares at the office: a role change or an unshared case
takes away, at the next sync, what she may no longer see (counted in `removed`); a role gained or a case
shared with her brings what she may now see. Against the real server process."""
from __future__ import annotations

from models.entities import CaseShare, User
from models.services import users
from tests.sync.helpers import ADMIN, make_laptop
from tests.sync.test_conflicts_and_visibility import holds
from tests.sync.test_push_pull import new_case


def username_of(office, lap) -> str:
    with office.reading() as session:
        return session.get(User, lap.actor.user_id).username


def test_a_role_change_removes_or_brings_what_the_user_may_see(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    dana = make_laptop(tmp_path, office, office_server, "dana")
    aida = make_laptop(tmp_path, office, office_server, "aida", "supervisor")
    for lap in (saule, dana):
        lap.sync()
    sp, sc = new_case(saule, family_name="Саулина")
    dp, dc = new_case(dana, family_name="Данина")
    for lap in (saule, dana, aida):
        lap.sync()
    assert holds(aida, sp.id, sc.id, dp.id, dc.id)
    # the supervisor becomes a caseworker with no case of her own: every case and person goes
    users.set_roles(office, ADMIN, username_of(office, aida), {"role": "caseworker"})
    result = aida.sync()
    assert result.removed >= 4
    assert not holds(aida, sp.id, sc.id, dp.id, dc.id)
    assert aida.sync().removed == 0  # said once
    # a supervisor again: the whole office comes back
    users.set_roles(office, ADMIN, username_of(office, aida), {"role": "supervisor"})
    result = aida.sync()
    assert result.pulled >= 4
    assert holds(aida, sp.id, sc.id, dp.id, dc.id)
    # an administrator only: she may see no case at all
    users.set_roles(office, ADMIN, username_of(office, aida), {"role": "admin"})
    assert aida.sync().removed >= 4
    assert not holds(aida, sp.id, sc.id, dp.id, dc.id)


def test_a_case_unshared_at_the_office_is_removed_and_shared_again_comes_back(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    dana = make_laptop(tmp_path, office, office_server, "dana")
    for lap in (saule, dana):
        lap.sync()
    dp, dc = new_case(dana, family_name="Общая")
    dana.sync()
    with office.transaction() as session:  # shared at the office (a supervisor's desktop there)
        session.add(CaseShare(case_id=dc.id, user_id=saule.actor.user_id, shared_by=dana.actor.user_id))
    assert saule.sync().pulled >= 2
    assert holds(saule, dp.id, dc.id)
    with office.transaction() as session:  # and unshared there
        session.delete(session.get(CaseShare, (dc.id, saule.actor.user_id)))
    result = saule.sync()
    assert result.removed == 2  # the case and its person
    assert not holds(saule, dp.id, dc.id)
    with office.transaction() as session:
        session.add(CaseShare(case_id=dc.id, user_id=saule.actor.user_id, shared_by=dana.actor.user_id))
    saule.sync()
    assert holds(saule, dp.id, dc.id)
