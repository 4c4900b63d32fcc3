"""The web app's page as the server sends it for an address (src/api/page_shell.hpp): the code of the page asked
for named in <link rel="modulepreload">, and the session and the page's first data (the answers of the API GETs the
page asks for first, src/api/first_data.hpp) inlined for a signed-in browser, so the page shows at once; nothing
of anyone's account for a browser that is not signed in. Served from a web root shaped like Vite's build output
(index.html, .vite/manifest.json, .vite/routes.json, .vite/first-data.json)."""
import json
import re

import pytest
import requests

from trellis_helpers import HTTP_TIMEOUT, CookieClient, create_org, create_team, expect_status

INDEX = """<!doctype html>
<html lang="en">
  <head>
    <title>Trellis</title>
    <script type="module" crossorigin src="/assets/index-AAAA.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-AAAA.css">
  </head>
  <body><div id="root"></div></body>
</html>
"""

MANIFEST = {
    "index.html": {"file": "assets/index-AAAA.js", "src": "index.html", "isEntry": True, "imports": ["_react-RRRR.js"],
                   "dynamicImports": ["src/pages/Team.tsx", "src/pages/Home.tsx", "src/pages/NotFound.tsx"],
                   "css": ["assets/index-AAAA.css"]},
    "_react-RRRR.js": {"file": "assets/react-RRRR.js"},
    "src/pages/Team.tsx": {"file": "assets/Team-TTTT.js", "src": "src/pages/Team.tsx", "isDynamicEntry": True,
                           "imports": ["index.html", "_react-RRRR.js", "_meetings-MMMM.js"],
                           "css": ["assets/Team-TTTT.css"]},
    "_meetings-MMMM.js": {"file": "assets/meetings-MMMM.js", "imports": ["_format-FFFF.js"]},
    "_format-FFFF.js": {"file": "assets/format-FFFF.js"},
    "src/pages/Home.tsx": {"file": "assets/Home-HHHH.js", "src": "src/pages/Home.tsx", "isDynamicEntry": True,
                           "imports": ["index.html"]},
    "src/pages/TeamPlan.tsx": {"file": "assets/TeamPlan-PPPP.js", "isDynamicEntry": True, "imports": ["index.html"]},
    # A tab of the team page: a page shown inside the team page, sharing a chunk with it.
    "src/pages/TeamMeetingsTab.tsx": {"file": "assets/TeamMeetingsTab-GGGG.js", "isDynamicEntry": True,
                                      "imports": ["index.html", "_meetings-MMMM.js"]},
    "src/pages/NotFound.tsx": {"file": "assets/NotFound-NNNN.js", "isDynamicEntry": True, "imports": ["index.html"]},
    # Each language's texts: a chunk the app fetches once it knows the reader's language (web/src/i18n.ts).
    "src/locales/en.json?raw": {"file": "assets/en-EEEE.js", "src": "src/locales/en.json?raw", "isDynamicEntry": True},
    "src/locales/es.json?raw": {"file": "assets/es-SSSS.js", "src": "src/locales/es.json?raw", "isDynamicEntry": True},
}

ROUTES = {"routes": [
    {"path": "/", "modules": ["src/pages/Home.tsx"]},
    {"path": "/teams/:id", "modules": ["src/pages/Team.tsx"]},
    {"path": "/teams/:id/meetings", "modules": ["src/pages/Team.tsx", "src/pages/TeamMeetingsTab.tsx"]},
    {"path": "/teams/:id/plan", "modules": ["src/pages/TeamPlan.tsx"]},
    {"path": "*", "modules": ["src/pages/NotFound.tsx"]},
]}

# As web/vite.config.ts writes it from web/src/firstData.json.
FIRST_DATA = {"every": ["/me/notification-settings"], "pages": [
    {"path": "/teams/:id", "get": ["/teams/:id", "/teams/:id/meetings", "/teams/:id/action-items?figure=open"]},
    {"path": "/meetings/:id", "get": ["/meetings/:id", "/teams/{team.id}"]},
]}


@pytest.fixture(scope="module")
def web(launcher, tmp_path_factory):
    root = tmp_path_factory.mktemp("web-root")
    (root / "index.html").write_text(INDEX)
    (root / ".vite").mkdir()
    (root / ".vite" / "manifest.json").write_text(json.dumps(MANIFEST))
    (root / ".vite" / "routes.json").write_text(json.dumps(ROUTES))
    (root / ".vite" / "first-data.json").write_text(json.dumps(FIRST_DATA))
    (root / "assets").mkdir()
    (root / "assets" / "Team-TTTT.js").write_text("export default 1;\n")
    return launcher.start(extra_args=("--web-root", str(root)))


def preloads(html):
    """The page code named for preloading, without the texts' chunk (see test_the_browser_s_language_...)."""
    return [href for href in all_preloads(html) if not re.match(r"/assets/e[ns]-", href)]


def all_preloads(html):
    return re.findall(r'<link rel="modulepreload" crossorigin href="([^"]+)">', html)


def inlined_session(html):
    found = re.findall(r'<script type="application/json" id="trellis-session">(.*?)</script>', html, re.S)
    assert len(found) == 1, html
    return json.loads(found[0])


def first_data(html):
    found = re.findall(r'<script type="application/json" id="trellis-first-data">(.*?)</script>', html, re.S)
    assert len(found) <= 1, html
    return json.loads(found[0]) if found else None


def page(client_or_session, url):
    r = client_or_session.get(url, timeout=HTTP_TIMEOUT)
    expect_status(r, 200)
    assert r.headers["Content-Type"].startswith("text/html")
    return r


def test_a_team_address_names_the_team_page_code_and_what_it_imports(web):
    html = page(requests, f"{web.base_url}/teams/1").text
    # The page's own file and its imports, not what the main script brings already (index.html names it).
    assert preloads(html) == ["/assets/Team-TTTT.js", "/assets/meetings-MMMM.js", "/assets/format-FFFF.js"]
    assert '<link rel="stylesheet" crossorigin href="/assets/Team-TTTT.css">' in html
    assert html.index("/assets/Team-TTTT.js") < html.index("</head>")
    # The most specific pattern wins; an unknown address gets the not-found page's code.
    assert preloads(page(requests, f"{web.base_url}/teams/1/plan").text) == ["/assets/TeamPlan-PPPP.js"]
    # A page inside another (a tab of the team page): the code of both, each file once.
    assert preloads(page(requests, f"{web.base_url}/teams/1/meetings").text) == [
        "/assets/Team-TTTT.js", "/assets/meetings-MMMM.js", "/assets/format-FFFF.js", "/assets/TeamMeetingsTab-GGGG.js"]
    assert preloads(page(requests, f"{web.base_url}/").text) == ["/assets/Home-HHHH.js"]
    assert preloads(page(requests, f"{web.base_url}/no/such/page").text) == ["/assets/NotFound-NNNN.js"]


def test_signed_in_the_page_carries_the_session_that_the_api_answers(web):
    person = web.make_user("shell", name="Ana </script><script>alert(1)</script> & Co")
    client = person.cookie_client()
    r = page(client.http, f"{web.base_url}/teams/1")
    session = inlined_session(r.text)
    assert session == client.ok("GET", "/api/v1/session")
    assert session["user"] == client.ok("GET", "/api/v1/me")["user"]
    assert session["user"]["name"] == "Ana </script><script>alert(1)</script> & Co"
    assert session["csrf_token"] == client.csrf_token
    # The name cannot end the data block: every '<' inside it is written \u003c.
    block = r.text[r.text.index('id="trellis-session">'):]
    assert "\\u003c/script>\\u003cscript>" in block.split("</script>")[0]
    # Personal: never kept by a cache, and the policy on scripts is the same as before.
    assert r.headers["Cache-Control"] == "no-store"
    assert "Cookie" in r.headers["Vary"]
    assert "script-src" not in r.headers["Content-Security-Policy"]
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]


def test_signed_out_the_page_carries_no_one_s_data(web):
    person = web.make_user("shellout")
    anonymous = page(requests, f"{web.base_url}/teams/1").text
    assert inlined_session(anonymous) is None
    assert person.email not in anonymous
    # A bearer token is for scripts: the page it fetches holds no session (nor its token).
    with_token = requests.get(f"{web.base_url}/teams/1", headers={"Authorization": f"Bearer {person.token}"},
                              timeout=HTTP_TIMEOUT).text
    assert inlined_session(with_token) is None and person.email not in with_token


def test_after_sign_out_the_same_cookie_gets_no_session(web):
    person = web.make_user("shellend")
    client = person.cookie_client()
    assert inlined_session(page(client.http, f"{web.base_url}/").text)["user"]["email"] == person.email
    cookie = client.session_cookie()
    expect_status(client.delete("/api/v1/session"), 204)
    stale = requests.get(f"{web.base_url}/", cookies={"trellis_session": cookie}, timeout=HTTP_TIMEOUT)
    assert inlined_session(stale.text) is None and person.email not in stale.text


def test_build_files_and_the_api_are_answered_as_before(web):
    r = requests.get(f"{web.base_url}/assets/Team-TTTT.js", timeout=HTTP_TIMEOUT)
    expect_status(r, 200)
    assert r.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert "trellis-session" not in r.text
    expect_status(requests.get(f"{web.base_url}/assets/Gone-0000.js", timeout=HTTP_TIMEOUT), 404)
    # The build's own lists are not served (dot folders never are): the address gets the page.
    assert inlined_session(page(requests, f"{web.base_url}/.vite/manifest.json").text) is None
    expect_status(requests.get(f"{web.base_url}/api/v1/session", timeout=HTTP_TIMEOUT), 401)
    head = requests.head(f"{web.base_url}/teams/1", timeout=HTTP_TIMEOUT)
    expect_status(head, 200)
    assert head.content == b""


def test_the_browser_s_language_has_its_texts_preloaded_and_only_those(web):
    def texts(accept_language):
        headers = {"Accept-Language": accept_language} if accept_language else {}
        html = requests.get(f"{web.base_url}/teams/1", headers=headers, timeout=HTTP_TIMEOUT).text
        return [href for href in all_preloads(html) if re.match(r"/assets/e[ns]-", href)]

    assert texts("es-MX,es;q=0.9,en;q=0.8") == ["/assets/es-SSSS.js"]
    assert texts("en-US,en;q=0.9") == ["/assets/en-EEEE.js"]
    # No preference, or one the app does not speak: English, the app's own default.
    assert texts(None) == ["/assets/en-EEEE.js"]
    assert texts("fr-FR") == ["/assets/en-EEEE.js"]


def test_a_signed_in_page_carries_the_api_s_own_answers_to_its_first_gets(web):
    lead = web.make_user("firstdata", name="Lee <b>")
    org = create_org(lead)
    team = create_team(lead, org["id"], name="Readers </script>")
    meeting = lead.api.ok("POST", f"/api/v1/teams/{team['id']}/meetings", {"title": "First"}, status=201)
    client = lead.cookie_client()

    html = page(client.http, f"{web.base_url}/teams/{team['id']}").text
    answers = first_data(html)
    t = team["id"]
    assert list(answers) == [f"/teams/{t}", f"/teams/{t}/meetings", f"/teams/{t}/action-items?figure=open",
                             "/me/notification-settings"]
    for path, answer in answers.items():
        assert answer == client.ok("GET", f"/api/v1{path}"), path
    assert "Readers \\u003c/script>" in html  # a name cannot end the block

    # A value from the first answer (the meeting's team) names a later GET.
    answers = first_data(page(client.http, f"{web.base_url}/meetings/{meeting['id']}").text)
    assert list(answers) == [f"/meetings/{meeting['id']}", f"/teams/{t}", "/me/notification-settings"]
    assert answers[f"/teams/{t}"]["name"] == "Readers </script>"
    # An address the table does not name: only what every page asks for.
    assert list(first_data(page(client.http, f"{web.base_url}/").text)) == ["/me/notification-settings"]


def test_first_data_holds_only_what_the_reader_may_see(web):
    owner = web.make_user("fdowner")
    team = create_team(owner, create_org(owner)["id"], name="Private team")
    meeting = owner.api.ok("POST", f"/api/v1/teams/{team['id']}/meetings", {"title": "Closed doors"}, status=201)
    stranger = web.make_user("fdstranger").cookie_client()
    for address in (f"/teams/{team['id']}", f"/meetings/{meeting['id']}"):
        html = page(stranger.http, f"{web.base_url}{address}").text
        assert list(first_data(html)) == ["/me/notification-settings"], address
        assert "Private team" not in html and "Closed doors" not in html
    # Not a number where an id goes: no GET is made of it.
    assert list(first_data(page(stranger.http, f"{web.base_url}/teams/me").text)) == ["/me/notification-settings"]
    # Signed out, or by bearer token: no data block at all.
    assert first_data(page(requests, f"{web.base_url}/teams/{team['id']}").text) is None
    with_token = requests.get(f"{web.base_url}/teams/{team['id']}", timeout=HTTP_TIMEOUT,
                              headers={"Authorization": f"Bearer {owner.token}"}).text
    assert first_data(with_token) is None and "Private team" not in with_token
