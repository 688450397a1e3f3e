"""The resource directory: loading the files, searching, browsing, and staff changes."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.crisis_lines import CrisisLines, load_crisis_lines
from bot.domain.clock import Clock, iso
from bot.resources.loader import load_categories, load_resources
from bot.resources.models import Category, Draft, Phone, Resource
from bot.resources.query import Query, Vocabulary, expand, normalize, read_query
from bot.resources.ranking import by_region, crisis_first, rank
from bot.resources.search_words import SearchWords, load_search_words
from bot.storage.audit import add_audit
from bot.storage.db import Database
from bot.storage.resource_drafts import DraftRepository
from bot.storage.resources import FileSync, ResourceRepository, StoredResource

RESULTS = 5
BROWSE = 8
DRAFT_LIFETIME = timedelta(hours=1)


@dataclass(frozen=True)
class Found:
    """What a search found: the topic words searched for, the best resources, and how the
    text was read (help asked for in general words, a question)."""

    words: list[str]
    resources: list[Resource]
    query: Query


class ResourceService:
    """Answers searches and category browsing; records staff changes in the audit trail."""

    def __init__(
        self,
        db: Database,
        repo: ResourceRepository,
        drafts: DraftRepository,
        content_dir: Path,
        clock: Clock,
    ) -> None:
        """Use the given storage, content folder and clock; load with `load_files`."""
        self.db = db
        self.repo = repo
        self.drafts = drafts
        self.content_dir = content_dir
        self.clock = clock
        self.categories: dict[str, Category] = {}
        self._vocabulary = Vocabulary(())
        self._vocabulary_words: frozenset[str] = frozenset()
        self.search_words = SearchWords()

    def all_categories(self) -> list[Category]:
        """Every category, in the order of the categories file."""
        return list(self.categories.values())

    async def browsable_categories(self, country: str | None) -> list[Category]:
        """The categories worth a button for someone here: those holding a resource for their
        country (or an international one), in file order; every category while none does."""
        in_use = await self.repo.categories_in_use(country)
        shown = [category for category in self.categories.values() if category.id in in_use]
        return shown or self.all_categories()

    def category(self, category_id: str) -> Category | None:
        """One category by its id, if there is one."""
        return self.categories.get(category_id)

    def read_files(self) -> list[Resource]:
        """Read and check the categories and every resource file (ContentError on a problem).

        The crisis lines of content/crisis_lines.toml join the directory too (category
        crisis), unless a resource of that country already lists the same number.
        """
        categories = load_categories(self.content_dir)
        resources = load_resources(self.content_dir, categories)
        search_words = load_search_words(self.content_dir)
        self.categories = categories
        self.search_words = search_words
        self.repo.set_categories(categories.values())
        lines = load_crisis_lines(self.content_dir)
        return [*resources, *lines_as_resources(lines, resources)]

    async def sync(self, resources: list[Resource]) -> FileSync:
        """Make the stored file resources match what the files say."""
        return await self.repo.replace_from_files(resources, iso(self.clock()))

    async def reload(self, actor_id: int | None = None) -> FileSync:
        """Read the files again and apply them (audited); a broken file raises, changes nothing."""
        sync = await self.sync(self.read_files())
        async with self.db.transaction() as tx:
            subject = f"+{len(sync.added)} ~{len(sync.changed)} -{len(sync.removed)}"
            await add_audit(tx, actor_id, "content.reload", iso(self.clock()), None, subject)
        return sync

    def read(self, text: str) -> Query:
        """How a text reads as a search: its topic words, and whether it asks for help."""
        return read_query(text, self.search_words)

    async def search(
        self,
        text: str,
        language: str,
        country: str | None,
        region: str | None = None,
        query: Query | None = None,
    ) -> Found:
        """Search the directory: ranked, typo-tolerant, the member's language, country, region.

        Only the topic words are searched ("housing" of "where can I find housing help?"):
        general words such as "help" would match every service. Synonyms join each word.
        `query`: the text as `read` already read it (not read twice).
        """
        query = query or self.read(text)
        words = query.topic
        if not words:
            return Found([], [], query)
        alternatives = expand(words, await self._current_vocabulary(), self.search_words)
        hits = await self.repo.search(alternatives, country)
        found = rank(hits, len(words), language, country, region, limit=RESULTS)
        return Found(words, found, query)

    async def browse(
        self, category: str, country: str | None, region: str | None = None
    ) -> list[Resource]:
        """Return a category's resources for someone here: their region's, then crisis lines."""
        found = await self.repo.by_category(category, country, limit=BROWSE * 4)
        return by_region(crisis_first(found), region)[:BROWSE]

    async def get(self, resource_id: str) -> StoredResource | None:
        """Return a stored resource with its status."""
        return await self.repo.get(resource_id)

    async def save(self, resource: Resource, actor_id: int, new: bool) -> None:
        """Store a resource a facilitator added or changed, with an audit entry."""
        now = iso(self.clock())
        await self.repo.upsert(resource, actor_id, now)
        async with self.db.transaction() as tx:
            action = "resource.add" if new else "resource.edit"
            await add_audit(tx, actor_id, action, now, resource.group_id, resource.id)

    async def retire(self, resource_id: str, actor_id: int) -> bool:
        """Take a resource out of search and browsing, with an audit entry."""
        now = iso(self.clock())
        stored = await self.repo.get(resource_id)
        if stored is None or not await self.repo.retire(resource_id, now):
            return False
        async with self.db.transaction() as tx:
            group = stored.resource.group_id
            await add_audit(tx, actor_id, "resource.retire", now, group, resource_id)
        return True

    async def of_groups(self, group_ids: set[int]) -> list[Resource]:
        """Return the active resources facilitators added in the chat for these groups."""
        return [
            stored.resource
            for stored in await self.repo.all(source="chat")
            if stored.status == "active" and stored.resource.group_id in group_ids
        ]

    async def new_id(self, group_id: int, name: str) -> str:
        """Return an unused id for a resource added in the chat."""
        # Short: it travels in button data (64 bytes at most, e.g. "rese:e:<id>:description").
        slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:20].strip("-")
        base = f"c{abs(group_id) % 10_000}-{slug or 'resource'}"
        candidate, number = base, 1
        while await self.repo.get(candidate) is not None:
            number += 1
            candidate = f"{base}-{number}"
        return candidate

    async def draft(self, user_id: int) -> Draft | None:
        """Return the resource this person is writing, if any (a draft left alone expires)."""
        draft = await self.drafts.get(user_id)
        if draft is not None and draft.updated_at < iso(self.clock() - DRAFT_LIFETIME):
            await self.drafts.delete(user_id)
            return None
        return draft

    async def save_draft(self, draft: Draft) -> None:
        """Keep the person's draft (it survives a restart)."""
        await self.drafts.save(draft, iso(self.clock()))

    async def drop_draft(self, user_id: int) -> bool:
        """Forget the person's draft; False when there was none."""
        return await self.drafts.delete(user_id)

    async def _current_vocabulary(self) -> Vocabulary:
        """Return the indexed words, prepared once per change of the index."""
        words = await self.repo.vocabulary()
        if words is not self._vocabulary_words:
            self._vocabulary, self._vocabulary_words = Vocabulary(words), words
        return self._vocabulary


def lines_as_resources(lines: CrisisLines, known: list[Resource]) -> list[Resource]:
    """Turn the crisis lines into directory entries, skipping numbers the directory has."""
    numbers = {
        (resource.country, _digits(phone.number)) for resource in known for phone in resource.phones
    }
    sites = {(resource.country, _site(resource.url)) for resource in known if resource.url}
    taken = {resource.id for resource in known}
    entries: list[Resource] = []
    for code in (*lines.countries, lines.international.code):
        for line in lines.for_country(code).lines:
            if any((code, _digits(phone.number)) in numbers for phone in line.phones):
                continue
            if line.url and (code, _site(line.url)) in sites:
                continue
            slug = re.sub(r"[^a-z0-9]+", "-", normalize(line.name)).strip("-")[:30].strip("-")
            resource_id = f"line-{code.lower()}-{slug or 'line'}"
            if resource_id in taken:
                continue
            taken.add(resource_id)
            entries.append(
                Resource(
                    id=resource_id,
                    names={"en": line.name},
                    descriptions=dict(line.descriptions),
                    categories=("crisis",),
                    phones=tuple(Phone(p.number, p.kind, p.hours) for p in line.phones),
                    url=line.url,
                    languages=tuple(line.languages),
                    country=code,
                    crisis=True,
                )
            )
    return entries


def _site(url: str | None) -> str:
    """Return a web address without scheme, www. and trailing slash, to compare addresses."""
    text = re.sub(r"^https?://(www\.)?", "", (url or "").casefold())
    return text.rstrip("/")


def _digits(number: str) -> str:
    """Return only the digits of a phone number, to compare numbers written differently."""
    return re.sub(r"\D", "", number)


def with_changes(resource: Resource, **changes: Any) -> Resource:
    """Return a copy of a resource with some fields changed."""
    return replace(resource, **changes)
