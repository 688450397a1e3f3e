"""Staff buttons on resources: a new resource's draft, and editing or retiring one.

Resource ids are short words (`c1234-slug`), so `rese:e:<id>:description` fits a button.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.callback import CallbackData

# The fields of a resource staff may change in the chat.
RESOURCE_FIELDS = ("name", "description", "phone", "website")


@dataclass(frozen=True)
class PickResourceGroup(CallbackData, prefix="rese:grp"):
    """Add a resource for this group (the role is checked again)."""

    group_id: int


@dataclass(frozen=True)
class PickCategory(CallbackData, prefix="rese:cat"):
    """The new resource's category (an id, checked against the categories when pressed)."""

    category: str


@dataclass(frozen=True)
class SkipResourceStep(CallbackData, prefix="rese:skip"):
    """No phone, or no website."""


@dataclass(frozen=True)
class SaveResource(CallbackData, prefix="rese:save"):
    """Save the previewed resource."""


@dataclass(frozen=True)
class CancelResource(CallbackData, prefix="rese:cancel"):
    """Drop the resource draft."""


@dataclass(frozen=True)
class ManageResource(CallbackData, prefix="rese:m"):
    """Show one resource with its edit buttons."""

    resource_id: str


@dataclass(frozen=True)
class EditResource(CallbackData, prefix="rese:e"):
    """Change one field of a resource."""

    resource_id: str
    field: str

    def __post_init__(self) -> None:
        """Only the fields staff may change."""
        if self.field not in RESOURCE_FIELDS:
            raise ValueError("not a field staff may change")


@dataclass(frozen=True)
class RetireResource(CallbackData, prefix="rese:ret"):
    """Retire a resource (it is no longer shown)."""

    resource_id: str


DRAFT_BUTTONS = (PickResourceGroup, PickCategory, SkipResourceStep, SaveResource, CancelResource)
MANAGE_BUTTONS = (ManageResource, EditResource, RetireResource)
