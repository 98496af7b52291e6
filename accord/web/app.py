"""The FastAPI application behind ``accord serve``: HTML pages and the JSON API over one library.

Every page is rendered from the dict its ``/api/`` twin returns (``accord.web.views``), so the API
is the page's data exactly. Reads open the library per thread; writes (add, fix, feeds) go through
``accord.api`` and its write lock. Safety: Jinja2 autoescape everywhere and a Content-Security-Policy
that allows only this server's own scripts (an article's ``<script>`` is text, and would not run
even if it were not); write requests need the server's token when it listens beyond loopback and a
CSRF token (or a JSON body, which a cross-site form cannot send); on loopback the Host header must
name loopback (DNS rebinding).
"""
from __future__ import annotations

import hmac
import secrets
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from fastapi import FastAPI, File, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from pydantic import BaseModel, Field
from starlette.datastructures import UploadFile as StarletteUpload

from accord import __version__
from accord.errors import AccordError, NotFound
from accord.options import DEFAULT, Options
from accord.render import SECTIONS, safe_url, section_class, show_normalized, type_label
from accord.render.html import TEMPLATES as BRIEF_TEMPLATES
from accord.render import fits_text, kind_label
from accord.store import Library
from accord.web import schema, views
from accord.web.schema import doc

HERE = Path(__file__).resolve().parent
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
SEEN_COOKIE = "accord_seen"  # story -> brief version last seen, per browser ("what changed")
CSRF_COOKIE = "accord_csrf"
TOKEN_COOKIE = "accord_token"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def is_loopback(host: str) -> bool:
    """True for a listen address only this machine can reach."""
    h = host.strip("[]").lower()
    return h in LOOPBACK_HOSTS or h.startswith("127.")


@dataclass
class Config:
    """What a server was started with. ``token``: required for writes when set."""

    options: Options
    host: str = "127.0.0.1"
    token: str | None = None
    watching: bool = False
    wake: threading.Event = field(default_factory=threading.Event)  # tells the watcher a feed was added


class Refresher:
    """Rebuilds stale stored briefs in one background thread (a story page found its brief older
    than its story: another process, e.g. ``accord ingest --no-briefs``, changed it)."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.pending: set[str] = set()
        self.lock = threading.Lock()
        self.thread: threading.Thread | None = None

    def schedule(self, story: str) -> None:
        with self.lock:
            self.pending.add(story)
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="accord-refresh", daemon=True)
                self.thread.start()

    def _run(self) -> None:
        from accord import api

        while True:
            with self.lock:
                todo, self.pending = self.pending, set()
                if not todo:
                    self.thread = None
                    return
            try:
                api.refresh_briefs(options=self.options, stories=todo)
            except Exception:  # noqa: BLE001 - the next visit of the page schedules it again
                pass


class Forbidden(AccordError):
    """A write refused: no token, a cross-site request or a stale form (403/401)."""

    def __init__(self, message: str, status: int = 403) -> None:
        super().__init__(message)
        self.status = status


# -- templates ------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def environment() -> Environment:
    """Web templates first, then the brief's shared ones (``brief.css``, macros); autoescape on."""
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(HERE / "templates")), FileSystemLoader(str(BRIEF_TEMPLATES))]),
        autoescape=True,
        undefined=StrictUndefined,
    )
    env.globals.update(safe_url=safe_url, show_normalized=show_normalized, kind_label=kind_label, fits_text=fits_text,
                       type_label=type_label, types=views.TYPES,
                       cite_href=views.cite_href, quote=lambda s: quote(str(s), safe=""),
                       urlencode=urlencode, version=__version__, sections=SECTIONS, section_class=section_class)
    return env


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    csrf = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(24)
    cfg: Config = request.app.state.config
    undo = request.query_params.get("undo", "")
    html = environment().get_template(template).render(
        request_path=request.url.path, csrf=csrf, writes_locked=cfg.token is not None and not _has_token(request),
        msg=request.query_params.get("msg", "")[:300], undo=int(undo) if undo.isdigit() else None, **context)
    response = HTMLResponse(html, status_code=status)
    if CSRF_COOKIE not in request.cookies:
        response.set_cookie(CSRF_COOKIE, csrf, httponly=True, samesite="strict", path="/")
    return response


def _came_from(request: Request) -> str | None:
    """The page of this server a failed form or link came from (its Referer), to go back to."""
    referer = urlsplit(request.headers.get("referer", ""))
    if referer.netloc != request.headers.get("host") or not referer.path.startswith("/"):
        return None
    back = referer.path + (f"?{referer.query}" if referer.query else "")
    return None if back == str(request.url.path) + (f"?{request.url.query}" if request.url.query else "") else back


# -- the library, one connection per thread --------------------------------------------------------

_local = threading.local()


def library(request: Request) -> Library:
    cfg: Config = request.app.state.config
    return _handle(cfg.options.db_path)


def _handle(path: str) -> Library:
    """This thread's handle on the library at ``path``, kept open (reads and ingests of later
    requests find SQLite's page cache warm)."""
    libs: dict[str, Library] = getattr(_local, "libs", None) or {}
    _local.libs = libs
    if path not in libs:
        libs[path] = Library(path)
    return libs[path]


# -- write guard ----------------------------------------------------------------------------------

def _bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    return auth[7:].strip() if auth.lower().startswith("bearer ") else None


def _has_token(request: Request) -> bool:
    cfg: Config = request.app.state.config
    if cfg.token is None:
        return True
    given = _bearer(request) or request.cookies.get(TOKEN_COOKIE) or ""
    return hmac.compare_digest(given.encode(), cfg.token.encode())


async def guard(request: Request) -> None:
    """Refuse a write without the server's token (when it has one) or from another site."""
    cfg: Config = request.app.state.config
    if not _has_token(request):
        raise Forbidden("this server needs its write token: send 'Authorization: Bearer TOKEN' or sign in at /login", 401)
    origin = request.headers.get("origin")
    if origin not in (None, "null") and urlsplit(origin).netloc != request.headers.get("host"):
        raise Forbidden("cross-site request refused")
    if cfg.token is not None and _bearer(request):
        return  # a header a browser never adds by itself: not forgeable by another site
    if origin != "null":  # ("null": a sandboxed or privacy-stripped page: only the form token will do)
        if request.headers.get("content-type", "").split(";")[0].strip() == "application/json":
            return  # another site's page cannot send JSON here without a CORS preflight this server refuses
        if request.method != "POST":
            return  # DELETE/PUT from another site also need a preflight
    form = await request.form(max_files=cfg.options.upload_max_files, max_fields=200)
    sent = str(form.get("csrf") or request.headers.get("x-csrf-token") or "")
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not cookie or not sent or not hmac.compare_digest(sent.encode(), cookie.encode()):
        raise Forbidden("the form is stale or from another site: reload the page and try again")


def _check_size(request: Request) -> None:
    """Refuse a request body larger than an upload may be, before it is read (and spooled to disk)."""
    cfg: Config = request.app.state.config
    limit = cfg.options.max_bytes * cfg.options.upload_budget
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise Forbidden(f"request too large ({int(declared):,} bytes > {limit:,}: upload fewer or smaller files)", 413)


# -- "what changed since your last visit": kept in a cookie per browser ---------------------------

def _seen(request: Request) -> dict[str, int]:
    out = {}
    for k, v in parse_qsl(request.cookies.get(SEEN_COOKIE, "")):
        if v.isdigit():
            out[k] = int(v)
    return out


def _remember(response: Response, seen: dict[str, int], story: str, version: int, kept_max: int = DEFAULT.web_seen_kept
              ) -> None:
    seen.pop(story, None)
    seen[story] = version
    kept = list(seen.items())[-kept_max:]
    response.set_cookie(SEEN_COOKIE, urlencode(kept), max_age=400 * 86400, httponly=True, samesite="lax", path="/")


# -- request bodies of the JSON API ---------------------------------------------------------------

class AddRequest(BaseModel):
    url: Optional[str] = Field(None, description="An article page or a feed URL to read now.")
    urls: list[str] = Field(default_factory=list, description="Several URLs.")


class FixRequest(BaseModel):
    action: str = Field(..., description="move, split, merge or reclean")
    article: Optional[str] = Field(None, description="move/reclean: the article id")
    articles: list[str] = Field(default_factory=list, description="split: the articles to split off")
    story: Optional[str] = Field(None, description="split/merge: the story to split or to merge away")
    to: Optional[str] = Field(None, description="move: the target story (omit for a new story)")
    into: Optional[str] = Field(None, description="merge: the story that receives the articles")


class FeedRequest(BaseModel):
    url: Optional[str] = None
    urls: list[str] = Field(default_factory=list)


def _ingested(results: list[Any]) -> list[dict[str, Any]]:
    out = []
    for r in results:
        art = r.article
        out.append({"item": r.item, "status": r.status, "message": r.message,
                    "article": art.id if art is not None and r.status == "added" else
                    (r.message.rsplit(" ", 1)[-1] if r.status == "duplicate" else None),
                    "title": art.title if art is not None else None,
                    "story": art.story if art is not None and r.status == "added" else None})
    return out


def _fix(options: Options, req: FixRequest) -> dict[str, Any]:
    from accord import api

    def need(value: Optional[str], name: str) -> str:
        if not value:
            raise AccordError(f"{req.action}: '{name}' is required")
        return value

    if req.action == "move":
        to = None if req.to in (None, "", "new") else req.to
        return api.move_article(need(req.article, "article"), to, options=options)
    if req.action == "split":
        return api.split_story(need(req.story, "story"), req.articles, options=options)
    if req.action == "merge":
        return api.merge_stories(need(req.story, "story"), need(req.into, "into"), options=options)
    if req.action == "reclean":
        return api.reclean_article(need(req.article, "article"), options=options)
    raise AccordError(f"unknown fix {req.action!r} (use move, split, merge or reclean)")


# -- the application ------------------------------------------------------------------------------

def create_app(config: Config) -> FastAPI:
    """The app for one library. ``config.options.db_path`` is created if missing (then add articles)."""
    app = FastAPI(
        title="accord",
        version=__version__,
        description="Many outlets, one story: stories, briefs with citations, disagreements, fixes and "
                    "feeds. Every page of the web UI is rendered from the JSON of its /api/ twin.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.config = config
    Library(config.options.db_path).close()  # create/migrate once, before threads race to
    docs_assets = _docs_assets()
    if docs_assets is not None:  # before /static, which would otherwise catch these paths
        app.mount("/static/docs", StaticFiles(directory=str(docs_assets)), name="docs-assets")
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def safety(request: Request, call_next: Any) -> Response:
        host = request.headers.get("host", "")
        name = host.rsplit(":", 1)[0] if not host.startswith("[") else host[1:host.find("]")]
        if is_loopback(config.host) and not is_loopback(name or "127.0.0.1"):
            return PlainTextResponse(f"error: host {host!r} is not this loopback server", status_code=400)
        try:
            _check_size(request)  # before any body is read or spooled
        except Forbidden as exc:
            return fail(request, exc.status, str(exc))
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"  # outlets' sites learn nothing of the reader
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def fail(request: Request, status: int, message: str, link: tuple[str, str] | None = None) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": message}, status_code=status)
        return page(request, "error.html", status=status, status_code=status, message=message, link=link,
                    back=_came_from(request))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        link = None
        if request.url.path.startswith("/stories/"):  # a bookmark of a story merged away: say where it went
            sid = unquote(request.url.path[len("/stories/"):])
            went = await run_in_threadpool(lambda: views.merged_into(library(request), sid))
            if went:
                link = (f"/stories/{quote(went[0], safe='')}", f"Go to story {went[0]}")
        return fail(request, 404, str(exc), link)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return fail(request, exc.status, str(exc))

    @app.exception_handler(AccordError)
    async def bad_request(request: Request, exc: AccordError) -> Response:
        return fail(request, 400, str(exc))

    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg', '')}"
                             for e in exc.errors())
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.errors(), "message": problems}, status_code=422)
        return fail(request, 422, problems or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = "no such page" if exc.status_code == 404 else str(exc.detail)
        return fail(request, exc.status_code, message)

    opts = config.options
    refresher = Refresher(opts)
    app.state.refresher = refresher

    # -- stories ----------------------------------------------------------------------------
    def stories_data(request: Request, q: str, outlet: str, since: str, until: str, sort: str,
                     page_no: int, per_page: Optional[int]) -> dict[str, Any]:
        return views.stories(library(request), opts, q=q, outlet=outlet, since=since, until=until, sort=sort,
                             page=page_no, per_page=per_page)

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/stories", status_code=307)

    @app.get("/api/stories", tags=["stories"], responses=doc(schema.StoriesPage), summary="Stories: ranked, searched, filtered, paginated")
    def api_stories(request: Request, q: str = Query("", description="Full-text search (titles and texts)"),
                    outlet: str = "", since: str = Query("", alias="from", description="YYYY-MM-DD"),
                    until: str = Query("", alias="to", description="YYYY-MM-DD"),
                    sort: str = Query("", description="rank, newest, articles or relevance"),
                    page_no: int = Query(1, alias="page", ge=1),
                    per_page: Optional[int] = Query(None, ge=1, le=500)) -> JSONResponse:
        return JSONResponse(stories_data(request, q, outlet, since, until, sort, page_no, per_page))

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(request: Request, q: str = "", outlet: str = "", since: str = Query("", alias="from"),
                     until: str = Query("", alias="to"), sort: str = "", page_no: int = Query(1, alias="page", ge=1),
                     per_page: Optional[int] = Query(None, ge=1, le=500)) -> HTMLResponse:
        data = stories_data(request, q, outlet, since, until, sort, page_no, per_page)
        return page(request, "stories.html", data=data, seen=_seen(request))

    # -- one story --------------------------------------------------------------------------
    @app.get("/api/stories/{story_id}", tags=["stories"], responses=doc(schema.StoryPage), summary="One story: its stored brief and views of it")
    def api_story(request: Request, story_id: str,
                  since: Optional[int] = Query(None, ge=0, description="Brief version last seen: adds 'changes'")
                  ) -> JSONResponse:
        data = views.story(library(request), opts, story_id, since)
        if data["story"]["stale"]:
            refresher.schedule(story_id)
        return JSONResponse(data)  # plain json: no re-encoding pass

    @app.get("/api/stories/{story_id}/changes", tags=["stories"], responses=doc(schema.Changes), summary="What is new since a brief version")
    def api_changes(request: Request, story_id: str, since: int = Query(..., ge=0)) -> dict[str, Any]:
        return views.changes(library(request), opts, story_id, since)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str) -> HTMLResponse:
        seen = _seen(request)
        data = views.story(library(request), opts, story_id, seen.get(story_id))
        if data["story"]["stale"]:
            refresher.schedule(story_id)
        response = page(request, "story.html", data=data, brief=data["brief"])
        _remember(response, seen, story_id, data["story"]["version"], opts.web_seen_kept)
        return response

    # -- one article ------------------------------------------------------------------------
    @app.get("/api/articles/{article_id:path}", tags=["articles"], responses=doc(schema.ArticlePage), summary="One article: cleaned text, marked sentences, removed lines")
    def api_article(request: Request, article_id: str,
                    s: str = Query("", description="START-END: the cited sentence's character span, or 'title' for the headline"),
                    quote_text: str = Query("", alias="quote", description="a cited sentence's text")) -> JSONResponse:
        return JSONResponse(views.article(library(request), opts, article_id, s, quote_text))

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str, s: str = "",
                     quote_text: str = Query("", alias="quote")) -> HTMLResponse:
        data = views.article(library(request), opts, article_id, s, quote_text)
        return page(request, "article.html", data=data,
                    stories=views.others(library(request), opts, data["article"]["story"]))

    # -- add --------------------------------------------------------------------------------
    @app.get("/add", response_class=HTMLResponse, include_in_schema=False)
    def add_page(request: Request) -> HTMLResponse:
        return page(request, "add.html", results=None)

    async def add_urls(urls: list[str]) -> list[dict[str, Any]]:
        from accord import api

        urls = [u.strip() for u in urls if u and u.strip()]
        if not urls:
            raise AccordError("give a URL to add")
        bad = [u for u in urls if not u.lower().startswith(("http://", "https://"))]
        if bad:
            raise AccordError(f"not an http(s) URL: {bad[0][:200]!r}")
        return _ingested(await run_in_threadpool(lambda: api.ingest(urls, options=opts, library=_handle(opts.db_path))))

    async def add_files(files: Sequence[StarletteUpload]) -> list[dict[str, Any]]:
        from accord import api

        files = [f for f in files if f.filename]
        if not files:
            raise AccordError("choose one or more files to upload")
        if len(files) > opts.upload_max_files:
            raise AccordError(f"at most {opts.upload_max_files} files at once")
        with tempfile.TemporaryDirectory(prefix="accord-upload-") as tmp:
            named = []
            for n, f in enumerate(files):
                name = Path(f.filename or "upload").name or "upload"
                safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in name)[-120:].lstrip(".") or "upload"
                folder = Path(tmp) / str(n)
                folder.mkdir()
                path = folder / safe
                size = 0
                with path.open("wb") as out:
                    while chunk := await f.read(1 << 20):
                        size += len(chunk)
                        if size > opts.max_bytes:
                            raise AccordError(f"{name}: file too large (over max_bytes {opts.max_bytes:,})")
                        out.write(chunk)
                named.append((f"upload:{name}", path))
            return _ingested(await run_in_threadpool(
                lambda: api.ingest_files(named, options=opts, library=_handle(opts.db_path))))

    @app.post("/add/url", response_class=HTMLResponse, include_in_schema=False)
    async def add_url_form(request: Request) -> Response:
        await guard(request)
        form = await request.form()
        results = await add_urls([str(form.get("url") or "")])
        return _after_add(request, results)

    @app.post("/add/upload", response_class=HTMLResponse, include_in_schema=False)
    async def add_upload_form(request: Request) -> Response:
        await guard(request)
        form = await request.form(max_files=opts.upload_max_files, max_fields=200)
        files = [f for f in form.getlist("files") if isinstance(f, StarletteUpload)]
        return _after_add(request, await add_files(files))

    def _after_add(request: Request, results: list[dict[str, Any]]) -> Response:
        added = [r for r in results if r["status"] == "added"]
        if len(results) == 1 and added:
            msg = f"added: {added[0]['title'] or added[0]['article']}"
            return RedirectResponse(f"/articles/{quote(added[0]['article'], safe='')}?{urlencode({'msg': msg})}",
                                    status_code=303)
        return page(request, "add.html", results=results)

    @app.post("/api/articles", tags=["add"], responses=doc(schema.AddResult), summary="Read URLs (article pages or feeds) into the library")
    async def api_add(request: Request, body: AddRequest) -> dict[str, Any]:
        await guard(request)
        return {"results": await add_urls(([body.url] if body.url else []) + body.urls)}

    @app.post("/api/articles/upload", tags=["add"], responses=doc(schema.AddResult), summary="Upload files (text, HTML, JSONL, WARC, feeds)")
    async def api_upload(request: Request, files: list[UploadFile] = File(...)) -> dict[str, Any]:
        await guard(request)
        return {"results": await add_files(files)}

    # -- fixes ------------------------------------------------------------------------------
    @app.get("/api/fixes", tags=["fixes"], responses=doc(schema.FixesPage), summary="The audit trail of fixes, newest first")
    def api_fixes(request: Request, page_no: int = Query(1, alias="page", ge=1),
                  per_page: int = Query(50, ge=1, le=500)) -> dict[str, Any]:
        return views.fixes(library(request), page_no, per_page)

    @app.get("/fixes", response_class=HTMLResponse, include_in_schema=False)
    def fixes_page(request: Request, page_no: int = Query(1, alias="page", ge=1),
                   per_page: int = Query(50, ge=1, le=500)) -> HTMLResponse:
        return page(request, "fixes.html", data=views.fixes(library(request), page_no, per_page))

    @app.post("/api/fixes", tags=["fixes"], responses=doc(schema.FixRecord), summary="Move an article, split or merge stories, re-clean an article")
    async def api_fix(request: Request, body: FixRequest) -> dict[str, Any]:
        await guard(request)
        return await run_in_threadpool(_fix, opts, body)

    @app.post("/api/fixes/{fix_id}/undo", tags=["fixes"], responses=doc(schema.FixRecord), summary="Undo a fix")
    async def api_undo(request: Request, fix_id: int) -> dict[str, Any]:
        from accord import api

        await guard(request)
        return await run_in_threadpool(api.undo_fix, fix_id, options=opts)

    @app.post("/fixes", include_in_schema=False)
    async def fix_form(request: Request) -> Response:
        await guard(request)
        form = await request.form()
        req = FixRequest(action=str(form.get("action") or ""), article=str(form.get("article") or "") or None,
                         articles=[str(a) for a in form.getlist("articles")], story=str(form.get("story") or "") or None,
                         to=str(form.get("to") or "") or None, into=str(form.get("into") or "") or None)
        record = await run_in_threadpool(_fix, opts, req)
        after = record["after"].get("moves", {})
        target = next(iter(after.values()), [None, None])[1] if after else None
        msg = f"fix {record['id']} done ({record['action']}); it is listed under Fixes"
        query = urlencode({"msg": msg, "undo": record["id"]})
        if target:
            return RedirectResponse(f"/stories/{quote(target, safe='')}?{query}", status_code=303)
        return RedirectResponse(f"/articles/{quote(record['args']['article'], safe='')}?{query}", status_code=303)

    @app.post("/fixes/{fix_id}/undo", include_in_schema=False)
    async def undo_form(request: Request, fix_id: int) -> Response:
        from accord import api

        await guard(request)
        await run_in_threadpool(api.undo_fix, fix_id, options=opts)
        return RedirectResponse(f"/fixes?{urlencode({'msg': f'fix {fix_id} undone'})}", status_code=303)

    # -- feeds ------------------------------------------------------------------------------
    def add_feeds(urls: list[str]) -> list[str]:
        """Follow feeds; returns those not followed before (each polled once now, unless a watcher runs)."""
        from accord.watch import Watcher

        urls = [u.strip() for u in urls if u and u.strip()]
        if not urls:
            raise AccordError("give a feed URL")
        watcher = Watcher(opts)
        try:
            with Library(opts.db_path) as lib:
                known = {f["url"] for f in lib.feeds()}
            added = [u for u in watcher.add(urls) if u not in known]
            if config.watching:
                config.wake.set()  # the running watcher polls it now
            else:
                for url in added:
                    watcher.poll(url)  # one poll now; later ones need `accord serve --watch` or `accord watch`
        finally:
            watcher.close()
        return added

    @app.get("/api/feeds", tags=["feeds"], responses=doc(schema.FeedsPage), summary="Feeds: last poll, status, next poll")
    def api_feeds(request: Request) -> dict[str, Any]:
        return views.feeds(library(request), config.watching)

    @app.post("/api/feeds", tags=["feeds"], responses=doc(schema.FeedsPage), summary="Add feeds (polled now, then by the watcher)")
    async def api_add_feed(request: Request, body: FeedRequest) -> dict[str, Any]:
        await guard(request)
        await run_in_threadpool(add_feeds, ([body.url] if body.url else []) + body.urls)
        return views.feeds(library(request), config.watching)

    @app.delete("/api/feeds", tags=["feeds"], responses=doc(schema.FeedsPage), summary="Stop watching a feed (its articles stay)")
    async def api_remove_feed(request: Request, url: str) -> dict[str, Any]:
        await guard(request)
        if not library(request).remove_feed(url):
            raise NotFound(f"no feed {url!r} in this library")
        return views.feeds(library(request), config.watching)

    @app.get("/feeds", response_class=HTMLResponse, include_in_schema=False)
    def feeds_page(request: Request) -> HTMLResponse:
        return page(request, "feeds.html", data=views.feeds(library(request), config.watching))

    @app.post("/feeds/add", include_in_schema=False)
    async def feeds_add_form(request: Request) -> Response:
        await guard(request)
        form = await request.form()
        added = await run_in_threadpool(add_feeds, [str(form.get("url") or "")])
        msg = ("feed added: " + ", ".join(added)) if added else "that feed is already followed"
        for url in added:  # its first poll, when this server made it now: say how it went
            feed = library(request).get_feed(url) or {}
            if feed.get("status") == "error":
                msg += f"; its first poll failed ({feed.get('message') or 'error'}): it will be retried"
            elif feed.get("status"):
                msg += f"; first poll: {feed['added_articles']} article{'' if feed['added_articles'] == 1 else 's'} added"
        return RedirectResponse(f"/feeds?{urlencode({'msg': msg[:290]})}", status_code=303)

    @app.post("/feeds/remove", include_in_schema=False)
    async def feeds_remove_form(request: Request) -> Response:
        await guard(request)
        url = str((await request.form()).get("url") or "")
        if not library(request).remove_feed(url):
            raise NotFound(f"no feed {url!r} in this library")
        return RedirectResponse(f"/feeds?{urlencode({'msg': 'feed removed: ' + url})}", status_code=303)

    @app.post("/feeds/import", include_in_schema=False)
    async def feeds_import_form(request: Request) -> Response:
        from accord.watch import parse_feed_list

        await guard(request)
        upload = (await request.form()).get("file")
        if not isinstance(upload, StarletteUpload):
            raise AccordError("choose a feeds file (one URL a line, or OPML)")
        data = await upload.read(opts.max_bytes + 1)
        if len(data) > opts.max_bytes:
            raise AccordError("feeds file too large")
        urls = parse_feed_list(data.decode("utf-8", errors="replace"), getattr(upload, "filename", "") or "feeds")
        lib = library(request)
        for url in urls:
            lib.put_feed(url)
        if config.watching:
            config.wake.set()
        return RedirectResponse(f"/feeds?{urlencode({'msg': f'{len(urls)} feeds imported'})}", status_code=303)

    @app.get("/feeds/export.opml", tags=["feeds"], summary="The feed list as OPML")
    def feeds_opml(request: Request) -> Response:
        from accord.watch import to_opml

        return Response(to_opml(library(request).feeds()), media_type="text/x-opml",
                        headers={"Content-Disposition": 'attachment; filename="accord-feeds.opml"'})

    @app.get("/feeds/export.txt", tags=["feeds"], summary="The feed list, one URL a line")
    def feeds_text(request: Request) -> PlainTextResponse:
        return PlainTextResponse("".join(f["url"] + "\n" for f in library(request).feeds()))

    @app.get("/feeds/stories.atom", tags=["feeds"], summary="The library's stories as an Atom feed")
    def stories_atom(request: Request) -> Response:
        from accord.web.atom import stories_feed

        return Response(stories_feed(library(request), opts, str(request.base_url)),
                        media_type="application/atom+xml; charset=utf-8")

    # -- sign in (servers with a write token) -----------------------------------------------
    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request) -> HTMLResponse:
        return page(request, "login.html", needed=config.token is not None)

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await request.form()
        sent = request.cookies.get(CSRF_COOKIE, "")
        if not sent or not hmac.compare_digest(str(form.get("csrf") or "").encode(), sent.encode()):
            raise Forbidden("the form is stale or from another site: reload the page and try again")
        token = str(form.get("token") or "")
        if config.token is None or not hmac.compare_digest(token.encode(), config.token.encode()):
            raise Forbidden("wrong token", 401)
        response = RedirectResponse("/stories?msg=signed+in", status_code=303)
        response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict", path="/")
        return response

    # -- health and docs --------------------------------------------------------------------
    @app.get("/api/health", tags=["server"], summary="Library size and whether feeds are watched")
    def health(request: Request) -> dict[str, Any]:
        lib = library(request)
        return {"ok": True, "version": __version__, "articles": len(lib),
                "stories": lib.db.execute("SELECT COUNT(DISTINCT story) FROM articles").fetchone()[0],
                "watching": config.watching, "writes_need_token": config.token is not None}

    @app.get("/brief.css", include_in_schema=False)
    def brief_css() -> Response:
        """The brief's stylesheet, shared with ``accord brief --format html``."""
        return Response((BRIEF_TEMPLATES / "brief.css").read_text(encoding="utf-8"), media_type="text/css",
                        headers={"Cache-Control": "max-age=3600"})

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return page(request, "docs.html", assets=docs_assets is not None)

    return app


def _docs_assets() -> Path | None:
    """The Swagger UI bundle shipped by the ``fastapi-offline`` package (no CDN). (Its ReDoc bundle
    is not used: ReDoc shows a logo fetched from its makers' CDN.)"""
    try:
        import fastapi_offline
    except ImportError:
        return None
    folder = Path(fastapi_offline.__file__).resolve().parent / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None
