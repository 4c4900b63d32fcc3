"""A team's plan (issue 13, the guide's section E): the vision with its history, goals with LCAP priorities,
objectives on the team's measures, activities by plan area, milestones, tasks with owners and dependencies (no
cycles), barriers; promoting a meeting's action item and keeping the two in step; the plan's tasks in My work and
in follow-through; stale edits and bad fields refused; and another team's plan items out of reach."""
import pytest

from meeting_helpers import good_plan, team_with_people
from trellis_helpers import create_org, create_team, expect_problem

AREAS = ["communication_feedback", "use_of_data", "teacher_learning", "recruitment_retention",
         "families_community", "continuous_improvement"]


@pytest.fixture
def people(admin):
    return team_with_people(admin)


def plan_path(team_id, rest=""):
    return f"/api/v1/teams/{team_id}/plan{rest}"


def test_a_team_writes_its_plan_and_reads_it_back_in_one_answer(people):
    member, team_id = people["member"], people["team"]["id"]
    api = member.api
    empty = api.ok("GET", plan_path(team_id))
    assert empty["vision"] is None and empty["goals"] == [] and empty["tasks"] == []
    assert [a["key"] for a in empty["areas"]] == AREAS and empty["may"] == {"contribute": True}

    first = api.ok("PUT", plan_path(team_id, "/vision"), {"text": "Every student speaks two languages", "version": 0})
    assert first["version"] == 1 and first["written_by_name"] == member.name
    api.ok("PUT", plan_path(team_id, "/vision"), {"text": "Every student thrives in two languages", "version": 1})
    history = api.ok("GET", plan_path(team_id, "/vision/history"))["versions"]
    assert [(v["version"], v["text"]) for v in history] == [
        (2, "Every student thrives in two languages"), (1, "Every student speaks two languages")]

    goal = api.ok("POST", plan_path(team_id, "/goals"),
                  {"title": "More speaking in class", "lcap_priorities": [7, 4, 4]}, status=201)
    assert goal["lcap_priorities"] == [4, 7]
    measure = api.ok("POST", f"/api/v1/teams/{team_id}/measures",
                     {"name": "Minutes of target language", "unit": "min", "direction": "higher_is_better"},
                     status=201)
    objective = api.ok("POST", plan_path(team_id, f"/goals/{goal['id']}/objectives"), {
        "description": "Students speak 20 minutes a lesson", "measure_id": measure["id"], "baseline_value": 8,
        "baseline_date": "2026-09-01", "target_value": 20, "target_date": "2027-06-01"}, status=201)
    assert (objective["measure_name"], objective["unit"], objective["direction"]) == (
        "Minutes of target language", "min", "higher_is_better")
    api.ok("POST", plan_path(team_id, "/activities"), {"area": "teacher_learning", "description": "Peer visits"},
           status=201)
    milestone = api.ok("POST", plan_path(team_id, "/milestones"),
                       {"title": "Rubric adopted", "due_on": "2030-03-01", "area": "use_of_data"}, status=201)
    barrier = api.ok("POST", plan_path(team_id, "/barriers"),
                     {"description": "No release time", "response": "Use PLC Wednesdays"}, status=201)
    later = api.ok("POST", plan_path(team_id, "/tasks"), {
        "title": "Train staff", "owner_member_id": people["maria"]["id"], "due_on": "2030-02-01",
        "status": "in_progress", "area": "teacher_learning", "objective_id": objective["id"],
        "milestone_id": milestone["id"]}, status=201)
    late = api.ok("POST", plan_path(team_id, "/tasks"), {"title": "Book room", "due_on": "2026-01-10",
                                                          "depends_on": [later["id"]]}, status=201)
    undated = api.ok("POST", plan_path(team_id, "/tasks"), {"title": "Someday"}, status=201)
    assert late["overdue"] is True and later["overdue"] is False and late["depends_on"] == [later["id"]]
    assert later["owner_name"] == "María Parent" and later["updated_by_name"] == member.name

    plan = api.ok("GET", plan_path(team_id))
    assert plan["vision"]["text"] == "Every student thrives in two languages" and plan["vision"]["version"] == 2
    assert [o["id"] for o in plan["goals"][0]["objectives"]] == [objective["id"]]
    assert plan["goals"][0]["objectives"][0]["baseline_value"] == 8
    by_area = {a["key"]: [x["description"] for x in a["activities"]] for a in plan["areas"]}
    assert by_area["teacher_learning"] == ["Peer visits"] and by_area["use_of_data"] == []
    assert [t["id"] for t in plan["tasks"]] == [late["id"], later["id"], undated["id"]]  # by due date, none last
    assert plan["milestones"][0]["overdue"] is False and plan["barriers"][0]["response"] == "Use PLC Wednesdays"

    # Removing a milestone or objective keeps the tasks; removing a task takes its edges.
    api.ok("DELETE", plan_path(team_id, f"/milestones/{milestone['id']}"), status=204)
    api.ok("DELETE", plan_path(team_id, f"/objectives/{objective['id']}"), status=204)
    api.ok("DELETE", plan_path(team_id, f"/tasks/{later['id']}"), status=204)
    api.ok("DELETE", plan_path(team_id, f"/barriers/{barrier['id']}"), status=204)
    after = api.ok("GET", plan_path(team_id))
    assert [(t["title"], t["depends_on"], t["milestone_id"]) for t in after["tasks"]] == [
        ("Book room", [], None), ("Someday", [], None)]
    api.ok("DELETE", plan_path(team_id, f"/goals/{goal['id']}"), status=204)
    assert api.ok("GET", plan_path(team_id))["goals"] == [] and api.ok("GET", plan_path(team_id))["barriers"] == []


def test_bad_fields_are_refused_naming_the_field(people):
    api, team_id = people["member"].api, people["team"]["id"]
    goal = api.ok("POST", plan_path(team_id, "/goals"), {"title": "A goal"}, status=201)
    cases = [
        ("POST", "/goals", {"title": "x", "lcap_priorities": [9]}, "lcap_priorities"),  # a district, not a county
        ("POST", "/goals", {"description": "no title"}, "title"),
        ("POST", f"/goals/{goal['id']}/objectives", {"description": "d", "direction": "sideways"}, "direction"),
        ("POST", f"/goals/{goal['id']}/objectives", {"description": "d", "baseline_date": "2027-01-01",
                                                     "target_date": "2026-01-01"}, "target_date"),
        ("POST", f"/goals/{goal['id']}/objectives", {"description": "d", "baseline_date": "2027-02-30"},
         "baseline_date"),
        ("POST", "/activities", {"area": "marketing", "description": "d"}, "area"),
        ("POST", "/milestones", {"title": "m", "due_on": "soon"}, "due_on"),
        ("POST", "/tasks", {"title": "t", "status": "waiting"}, "status"),
        ("POST", "/tasks", {"title": "t", "owner_member_id": 999999999}, "owner_member_id"),
        ("POST", "/tasks", {"title": "t", "depends_on": [999999999]}, "depends_on"),
        ("POST", "/barriers", {"description": "b", "area": "elsewhere"}, "area"),
        ("PUT", "/vision", {"text": ""}, "text"),
    ]
    for method, rest, body, field in cases:
        expect_problem(api.request(method, plan_path(team_id, rest), body), 422, "/problems/validation", field)
    assert api.ok("GET", plan_path(team_id))["tasks"] == []

    county = create_org(people["member"], kind="county_office")
    county_team = create_team(people["member"], county["id"])
    county_goal = people["member"].api.ok("POST", plan_path(county_team["id"], "/goals"),
                                          {"title": "Foster youth", "lcap_priorities": [10]}, status=201)
    assert county_goal["lcap_priorities"] == [10]


def test_a_dependency_cycle_is_refused_naming_the_tasks(people):
    api, team_id = people["member"].api, people["team"]["id"]
    train = api.ok("POST", plan_path(team_id, "/tasks"), {"title": "Train staff"}, status=201)
    room = api.ok("POST", plan_path(team_id, "/tasks"), {"title": "Book room", "depends_on": [train["id"]]},
                  status=201)
    r = api.request("PATCH", plan_path(team_id, f"/tasks/{train['id']}"),
                    {"version": train["version"], "depends_on": [room["id"]]})
    problem = expect_problem(r, 422, "/problems/validation", "depends_on")
    assert "this would make a cycle: “Train staff” → “Book room” → “Train staff”" in problem["detail"]
    assert problem["cycle"] == [train["id"], room["id"], train["id"]]
    self_edge = api.request("PATCH", plan_path(team_id, f"/tasks/{train['id']}"),
                            {"version": train["version"], "depends_on": [train["id"]]})
    expect_problem(self_edge, 422, "/problems/validation", "depends_on")
    assert [t["depends_on"] for t in api.ok("GET", plan_path(team_id))["tasks"] if t["id"] == train["id"]] == [[]]


def test_a_stale_edit_gets_409_with_the_current_item(people):
    api, team_id = people["member"].api, people["team"]["id"]
    made = {
        "goals": api.ok("POST", plan_path(team_id, "/goals"), {"title": "G"}, status=201),
        "activities": api.ok("POST", plan_path(team_id, "/activities"),
                             {"area": "use_of_data", "description": "A"}, status=201),
        "milestones": api.ok("POST", plan_path(team_id, "/milestones"), {"title": "M", "due_on": "2030-01-01"},
                             status=201),
        "tasks": api.ok("POST", plan_path(team_id, "/tasks"), {"title": "T"}, status=201),
        "barriers": api.ok("POST", plan_path(team_id, "/barriers"), {"description": "B"}, status=201),
    }
    goal_id = made["goals"]["id"]
    made["objectives"] = api.ok("POST", plan_path(team_id, f"/goals/{goal_id}/objectives"), {"description": "O"},
                                status=201)
    field = {"goals": "title", "activities": "description", "milestones": "title", "tasks": "title",
             "barriers": "description", "objectives": "description"}
    for kind, item in made.items():
        path = plan_path(team_id, f"/{kind}/{item['id']}")
        first = api.ok("PATCH", path, {"version": item["version"], field[kind]: "First edit"})
        assert first[field[kind]] == "First edit" and first["version"] == item["version"] + 1
        stale = expect_problem(api.request("PATCH", path, {"version": item["version"], field[kind]: "Second"}),
                               409, "/problems/stale-edit")
        assert stale["current"][field[kind]] == "First edit", kind
    expect_problem(api.request("PUT", plan_path(team_id, "/vision"), {"text": "v", "version": 3}), 409,
                   "/problems/stale-edit")
    api.ok("PUT", plan_path(team_id, "/vision"), {"text": "v1", "version": 0})
    stale = expect_problem(api.request("PUT", plan_path(team_id, "/vision"), {"text": "v", "version": 0}), 409,
                           "/problems/stale-edit")
    assert stale["current"]["text"] == "v1"
    # A goal with objectives is not removed: the answer says why.
    r = api.request("DELETE", plan_path(team_id, f"/goals/{goal_id}"))
    assert "objective" in expect_problem(r, 409, "/problems/conflict")["detail"]


def test_another_teams_plan_items_are_not_found_under_your_own_team(people, server):
    api, team_id = people["member"].api, people["team"]["id"]
    goal = api.ok("POST", plan_path(team_id, "/goals"), {"title": "Ours"}, status=201)
    objective = api.ok("POST", plan_path(team_id, f"/goals/{goal['id']}/objectives"), {"description": "Ours"},
                       status=201)
    items = {
        "goals": goal, "objectives": objective,
        "activities": api.ok("POST", plan_path(team_id, "/activities"),
                             {"area": "use_of_data", "description": "Ours"}, status=201),
        "milestones": api.ok("POST", plan_path(team_id, "/milestones"), {"title": "Ours", "due_on": "2030-01-01"},
                             status=201),
        "tasks": api.ok("POST", plan_path(team_id, "/tasks"), {"title": "Ours"}, status=201),
        "barriers": api.ok("POST", plan_path(team_id, "/barriers"), {"description": "Ours"}, status=201),
    }
    before = api.ok("GET", plan_path(team_id))
    # An attacker with a team of their own passes our item ids under their team's id.
    attacker = server.make_user("planattacker")
    own_team = create_team(attacker, create_org(attacker)["id"])["id"]
    own_task = attacker.api.ok("POST", plan_path(own_team, "/tasks"), {"title": "Theirs"}, status=201)
    for kind, item in items.items():
        path = plan_path(own_team, f"/{kind}/{item['id']}")
        expect_problem(attacker.api.request("PATCH", path, {"version": item["version"], "title": "HACKED",
                                                           "description": "HACKED"}), 404, "/problems/not-found")
        expect_problem(attacker.api.request("DELETE", path), 404, "/problems/not-found")
    expect_problem(attacker.api.request("POST", plan_path(own_team, f"/goals/{goal['id']}/objectives"),
                                        {"description": "HACKED"}), 404, "/problems/not-found")
    # Nor can their task wait on ours, nor their objective measure with our measure.
    expect_problem(attacker.api.request("PATCH", plan_path(own_team, f"/tasks/{own_task['id']}"),
                                        {"version": 1, "depends_on": [items["tasks"]["id"]]}), 422,
                   "/problems/validation", "depends_on")
    expect_problem(attacker.api.request("POST", plan_path(own_team, "/tasks"),
                                        {"title": "x", "objective_id": objective["id"]}), 422,
                   "/problems/validation", "objective_id")
    # And the plan itself is another team's: not found.
    expect_problem(attacker.api.request("GET", plan_path(team_id)), 404, "/problems/not-found")
    assert api.ok("GET", plan_path(team_id)) == before


def test_promoting_an_action_item_keeps_both_in_step(people, admin):
    admin_api, member, team_id = people["member"].api, people["member"], people["team"]["id"]
    # A meeting held back in October: its item is overdue now (and not due before the meeting's date).
    meeting = admin.api.ok("POST", f"/api/v1/teams/{team_id}/meetings",
                           {"title": "October meeting", "starts_at": "2025-10-14T16:00:00Z"}, status=201)
    me = next(m for m in people["members"] if m["email"] == member.email)
    item = admin.api.ok("POST", f"/api/v1/meetings/{meeting['id']}/action-items",
                        {"title": "Survey families", "owner_id": me["id"], "due": "2026-01-15"}, status=201)
    assert item["plan_task_id"] is None
    task = admin_api.ok("POST", f"/api/v1/action-items/{item['id']}/promote", {"area": "families_community"},
                        status=201)
    assert (task["title"], task["owner_member_id"], task["due_on"], task["status"]) == (
        "Survey families", me["id"], "2026-01-15", "not_started")
    assert (task["action_item_id"], task["meeting_id"], task["meeting_title"]) == (
        item["id"], meeting["id"], "October meeting")
    again = expect_problem(admin_api.request("POST", f"/api/v1/action-items/{item['id']}/promote", {}), 409,
                           "/problems/conflict")
    assert again["task_id"] == task["id"] and str(task["id"]) in again["detail"]

    # My work and follow-through show the task.
    mine = member.api.ok("GET", "/api/v1/me/action-items")["plan_tasks"]
    assert [(t["id"], t["team_id"], t["overdue"]) for t in mine] == [(task["id"], team_id, True)]
    counts = admin_api.ok("GET", f"/api/v1/teams/{team_id}/follow-through")["plan_tasks"]
    assert counts == {"open": 1, "overdue": 1, "blocked": 0, "done": 0}

    # The task done: the action item is done today.
    done = admin_api.ok("PATCH", plan_path(team_id, f"/tasks/{task['id']}"), {"version": task["version"],
                                                                              "status": "done"})
    ticked = [a for a in admin_api.ok("GET", f"/api/v1/meetings/{meeting['id']}")["action_items"]
              if a["id"] == item["id"]][0]
    assert ticked["status"] == "done" and ticked["done_on"] and ticked["plan_task_id"] == task["id"]
    assert member.api.ok("GET", "/api/v1/me/action-items")["plan_tasks"] == []
    assert admin_api.ok("GET", f"/api/v1/teams/{team_id}/follow-through")["plan_tasks"]["done"] == 1

    # Reopened through the action item route: the task goes back in progress.
    admin_api.ok("PATCH", f"/api/v1/action-items/{item['id']}", {"version": ticked["version"], "status": "open"})
    back = [t for t in admin_api.ok("GET", plan_path(team_id))["tasks"] if t["id"] == task["id"]][0]
    assert back["status"] == "in_progress" and back["version"] > done["version"]
    # Ticked done there: the task follows.
    reopened = admin_api.ok("GET", f"/api/v1/meetings/{meeting['id']}")["action_items"][0]
    admin_api.ok("PATCH", f"/api/v1/action-items/{item['id']}", {"version": reopened["version"], "status": "done"})
    assert [t["status"] for t in admin_api.ok("GET", plan_path(team_id))["tasks"]] == ["done"]

    dropped = admin_api.ok("POST", f"/api/v1/meetings/{meeting['id']}/action-items",
                           {"title": "Old idea", "owner_id": me["id"], "due": "2030-06-20"}, status=201)
    admin_api.ok("PATCH", f"/api/v1/action-items/{dropped['id']}", {"version": dropped["version"],
                                                                    "status": "dropped"})
    r = admin_api.request("POST", f"/api/v1/action-items/{dropped['id']}/promote", {})
    assert "dropped" in expect_problem(r, 409, "/problems/conflict")["detail"]


def test_a_blocked_task_counts_as_open_and_blocked(people):
    api, team_id = people["member"].api, people["team"]["id"]
    api.ok("POST", plan_path(team_id, "/tasks"), {"title": "Waiting on budget", "status": "blocked"}, status=201)
    api.ok("POST", plan_path(team_id, "/tasks"), {"title": "Done already", "status": "done"}, status=201)
    counts = api.ok("GET", f"/api/v1/teams/{team_id}/follow-through")["plan_tasks"]
    assert counts == {"open": 1, "overdue": 0, "blocked": 1, "done": 1}
