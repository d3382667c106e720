"""What analysts change: briefing edits (guarded), approval, merges and splits, the Review page.

Merges and splits go through `veilleur.decisions`, the code path of `veilleur stories merge|split`,
so they are recorded the same way and hold on later runs. "Publish now" runs the publish step
under the store's run lock (refused while a run holds it)."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from veilleur.corrections import correct_story
from veilleur.decisions import DecisionError, merge_stories, republish, split_story
from veilleur.store.lock import StoreBusy, run_lock
from veilleur.web.app import Console, guarded, number, user_of
from veilleur.web.data import story_rows
from veilleur.web.editing import save_edit
from veilleur.web.story_view import story_view


def _back(story_id: int, note: str = "") -> RedirectResponse:
    return RedirectResponse(f"/stories/{story_id}" + (f"?note={note}" if note else ""), status_code=303)


def _publish_now(console: Console) -> str:
    try:
        with run_lock(console.settings.resolved_store_url()):
            republish(console.settings, console.store)
    except StoreBusy:
        return "busy"
    return "published"


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {key: str(value) for key, value in form.items()}


@guarded("analyst")
async def edit_briefing(console: Console, request: Request) -> Response:
    story_id = int(request.path_params["story_id"])
    form = await _form(request)
    try:
        result = save_edit(console.store, story_id, form, user_of(request).name)
    except LookupError:
        return console.render(request, "error.html", 404, message="not-found")
    if result.briefing is None:
        view = story_view(console.store, story_id)
        return console.render(
            request,
            "story.html",
            422,
            view=view,
            refused=result.reasons,
            edit=form,
            initial=form,
            review=console.records.reviews().get(story_id),
        )
    if form.get("approve"):
        console.records.set_review(story_id, "approved", user_of(request).name, "approved with edits")
    return _back(story_id, "saved")


@guarded("analyst")
async def review(console: Console, request: Request) -> Response:
    story_id = int(request.path_params["story_id"])
    form = await _form(request)
    action = form.get("action", "")
    user = user_of(request).name
    if action in ("approve", "publish"):
        console.records.set_review(story_id, "approved", user, form.get("note", ""))
    elif action == "reject":
        console.records.set_review(story_id, "rejected", user, form.get("note", ""))
    else:
        return console.render(request, "error.html", 400, message="bad-request")
    note = await run_in_threadpool(_publish_now, console) if action == "publish" else action + "d"
    return _back(story_id, note)


@guarded("analyst")
async def merge(console: Console, request: Request) -> Response:
    story_id = int(request.path_params["story_id"])
    form = await _form(request)
    try:
        others = [number(part) for part in form.get("others", "").replace(",", " ").split()]
        if not others:
            raise DecisionError("give the story to merge into this one")
        merge_stories(console.settings, console.store, story_id, others)
    except (ValueError, DecisionError) as exc:
        return console.render(request, "error.html", 400, message="decision", detail=str(exc))
    await run_in_threadpool(_publish_now, console)
    return _back(story_id, "merged")


@guarded("analyst")
async def split(console: Console, request: Request) -> Response:
    story_id = int(request.path_params["story_id"])
    form = await request.form()
    try:
        entries = [number(value) for value in form.getlist("entry")]
        new_id = split_story(console.store, story_id, entries)
    except (ValueError, DecisionError) as exc:
        return console.render(request, "error.html", 400, message="decision", detail=str(exc))
    await run_in_threadpool(_publish_now, console)
    return _back(new_id, "split")


@guarded("analyst")
async def correct(console: Console, request: Request) -> Response:
    story_id = int(request.path_params["story_id"])
    form = await _form(request)
    field = form.get("field", "")
    raw = form.get("value", "")
    names = [part.strip() for part in raw.replace("\n", ",").split(",")]
    value: object = raw.strip() if field == "category" else names
    try:
        correct_story(console.store, story_id, field, value, user_of(request).name)
    except ValueError as exc:
        return console.render(request, "error.html", 400, message="decision", detail=str(exc))
    await run_in_threadpool(_publish_now, console)  # briefed again from the corrected facts
    return _back(story_id, "corrected")


@guarded("viewer")
async def review_page(console: Console, request: Request) -> Response:
    rows = [
        r
        for r in story_rows(console.store, console.records.reviews(), console.settings.publish.review)
        if r.state in ("pending_review", "approved", "rejected")
    ]
    return console.render(request, "review.html", rows=rows)


@guarded("analyst", api=True)
async def api_review(console: Console, request: Request) -> Response:
    try:
        body = await request.json()
        story_id, action = number(body.get("story_id", "")), str(body.get("action", ""))
    except (ValueError, AttributeError, RecursionError):  # no JSON object, no id a story can have
        return JSONResponse({"error": 'the body is {"story_id": N, "action": …}'}, status_code=400)
    if action not in ("approve", "reject"):
        return JSONResponse({"error": "action is approve or reject"}, status_code=400)
    console.records.set_review(story_id, action + "d", user_of(request).name, str(body.get("note", "")))
    return JSONResponse({"story_id": story_id, "state": action + "d"})


ROUTES = [
    Route("/stories/{story_id:id}/briefing", edit_briefing, methods=["POST"]),
    Route("/stories/{story_id:id}/review", review, methods=["POST"]),
    Route("/stories/{story_id:id}/merge", merge, methods=["POST"]),
    Route("/stories/{story_id:id}/split", split, methods=["POST"]),
    Route("/stories/{story_id:id}/correct", correct, methods=["POST"]),
    Route("/review", review_page),
    Route("/api/review", api_review, methods=["POST"]),
]
