"""Bot API methods that create, change or remove messages and files."""

from __future__ import annotations

from typing import Any

from .base import CoreBase
from .html import parse_text, utf16_len
from .images import check_photo
from .keyboard import validate_markup
from .models import JSON, FileRecord, StoredMessage, bad_request
from .params import FileParts, int_param, resolve_file

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_TOAST = 200  # answerCallbackQuery text, in UTF-16 code units like message texts
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)


def _text_fields(plain: str, entities: list[JSON], key: str = "text") -> JSON:
    """Return the message JSON fields holding a text (or caption) and its entities."""
    fields: JSON = {key: plain}
    if entities:
        fields["entities" if key == "text" else "caption_entities"] = entities
    return fields


def _photo_size(data: bytes) -> JSON:
    """Width and height of the largest PhotoSize Telegram keeps (longest side 1280)."""
    width, height = check_photo(data)
    scale = min(1.0, 1280 / max(width, height))
    return {"width": max(1, round(width * scale)), "height": max(1, round(height * scale))}


class MessagesMixin(CoreBase):
    """sendMessage, edits, deleteMessage, sendDocument, sendPhoto, getFile, callbacks."""

    def _target_chat(self, params: JSON) -> int:
        """Return the chat id of a send, checking the chat exists and the bot is in it."""
        chat_id = int_param(params, "chat_id")
        error = self._error_for_chat_access(self._chat(chat_id))
        if error:
            raise error
        return chat_id

    def _parsed(self, params: JSON, key: str, limit: int) -> tuple[str, list[JSON]]:
        """Parse a text/caption parameter, enforcing emptiness and length like Telegram."""
        raw = str(params.get(key) or "")
        plain, entities = parse_text(raw, params.get("parse_mode"))
        if "parse_mode" not in params and isinstance(params.get("entities"), list):
            entities = params["entities"]
        if key == "text" and not plain.strip():
            raise bad_request("message text is empty")
        if utf16_len(plain) > limit:
            raise bad_request(
                "message is too long" if key == "text" else "message caption is too long"
            )
        return plain, entities

    def _bot_api(self, markup: JSON | None) -> JSON:
        """Return the common JSON fields of a message sent by the bot."""
        api: JSON = {"from": self.bot.to_api()}
        if markup and "inline_keyboard" in markup:
            api["reply_markup"] = markup
        return api

    def _reply_fields(self, chat_id: int, params: JSON) -> JSON:
        """Return {"reply_to_message": ...} for reply_parameters, refusing a lost target."""
        reply = params.get("reply_parameters")
        if reply is None:
            return {}
        if not isinstance(reply, dict):
            raise bad_request("object expected as reply parameters")
        if reply.get("chat_id") not in (None, chat_id):
            return {}  # a reply into another chat: not modelled
        target = self._message(chat_id, int_param(reply, "message_id"))
        if target is None or target.deleted:
            if reply.get("allow_sending_without_reply"):
                return {}
            raise bad_request("message to be replied not found")
        quoted = {k: v for k, v in target.api.items() if k != "reply_to_message"}
        return {"reply_to_message": quoted}

    def m_sendmessage(self, params: JSON, files: FileParts) -> JSON:
        """Store a text message sent by the bot."""
        chat_id = self._target_chat(params)
        plain, entities = self._parsed(params, "text", MAX_TEXT)
        markup = validate_markup(params.get("reply_markup"))
        api = {**self._bot_api(markup), **_text_fields(plain, entities)}
        api.update(self._reply_fields(chat_id, params))
        message = self._store(
            chat_id,
            True,
            api,
            text=str(params["text"]),
            plain_text=plain,
            parse_mode=params.get("parse_mode"),
            reply_markup=markup,
        )
        return message.api

    def _editable(self, params: JSON) -> StoredMessage:
        """Return the bot message an edit refers to, or raise like Telegram."""
        if "inline_message_id" in params:
            raise bad_request("inline messages are not supported by the emulator")
        chat_id = self._target_chat(params)
        message = self._message(chat_id, int_param(params, "message_id"))
        if message is None or message.deleted:
            raise bad_request("message to edit not found")
        if not message.from_bot:
            raise bad_request("message can't be edited")
        return message

    def _apply_edit(self, message: StoredMessage, changes: JSON, **fields: Any) -> JSON:
        """Record the previous version, apply `changes` to the API JSON and bump edit_date."""
        previous = {k: message.api.get(k) for k in ("text", "caption", "reply_markup")}
        previous.update(raw_text=message.text, edit_date=message.api.get("edit_date"))
        message.edits.append(previous)
        for key in ("entities", "caption_entities", "reply_markup"):
            message.api.pop(key, None)
        message.api.update({k: v for k, v in changes.items() if v})
        message.api["edit_date"] = message.api["date"] + len(message.edits)
        for key, value in fields.items():
            setattr(message, key, value)
        return message.api

    def m_editmessagetext(self, params: JSON, files: FileParts) -> JSON:
        """Replace the text (and keyboard; omitted keyboard is removed) of a bot message."""
        message = self._editable(params)
        if message.kind != "text":
            raise bad_request("there is no text in the message to edit")
        plain, entities = self._parsed(params, "text", MAX_TEXT)
        markup = validate_markup(params.get("reply_markup"))
        new = {**_text_fields(plain, entities), **self._bot_api(markup)}
        old_keys = ("text", "entities", "reply_markup")
        if all(message.api.get(k) == new.get(k) for k in old_keys):
            raise bad_request(NOT_MODIFIED)
        return self._apply_edit(
            message,
            new,
            text=str(params["text"]),
            plain_text=plain,
            parse_mode=params.get("parse_mode"),
            reply_markup=markup,
        )

    def m_editmessagereplymarkup(self, params: JSON, files: FileParts) -> JSON:
        """Replace (or remove) the inline keyboard of a bot message."""
        message = self._editable(params)
        markup = validate_markup(params.get("reply_markup"))
        new_markup = self._bot_api(markup).get("reply_markup")
        if message.api.get("reply_markup") == new_markup:
            raise bad_request(NOT_MODIFIED)
        keep = {k: message.api.get(k) for k in ("entities", "caption_entities")}
        result = self._apply_edit(message, {**keep, "reply_markup": new_markup})
        message.reply_markup = markup
        return result

    def _upload(self, params: JSON, files: FileParts, key: str) -> FileRecord:
        """Store the uploaded file of `key`, or look up a re-sent file_id."""
        part = resolve_file(params, files, key)
        if isinstance(part, str):
            if part not in self.files:
                raise bad_request("wrong file identifier/HTTP URL specified")
            return self.files[part]
        filename, data = part
        if not data:
            raise bad_request("file must be non-empty")
        if key == "photo":
            check_photo(data)
        return self._add_file(data, filename, "documents" if key == "document" else "photos")

    def _send_file(self, params: JSON, files: FileParts, key: str) -> JSON:
        """Shared body of sendDocument/sendPhoto."""
        chat_id = self._target_chat(params)
        caption, entities = "", list[JSON]()
        if params.get("caption"):
            caption, entities = self._parsed(params, "caption", MAX_CAPTION)
        markup = validate_markup(params.get("reply_markup"))
        record = self._upload(params, files, key)
        size: JSON = {"file_id": record.file_id, "file_unique_id": record.file_unique_id}
        size["file_size"] = len(record.data)
        if key == "document":
            media: Any = {**size, "file_name": record.filename or "file"}
        else:
            media = [{**size, **_photo_size(record.data)}]
        api = {**self._bot_api(markup), key: media}
        api.update(self._reply_fields(chat_id, params))
        if caption:
            api.update(_text_fields(caption, entities, "caption"))
        message = self._store(
            chat_id,
            True,
            api,
            caption=params.get("caption"),
            plain_text=caption or None,
            parse_mode=params.get("parse_mode"),
            reply_markup=markup,
            file=record,
            kind=key,
        )
        return message.api

    def m_senddocument(self, params: JSON, files: FileParts) -> JSON:
        """Store a document sent by the bot (bytes kept for download)."""
        return self._send_file(params, files, "document")

    def m_sendphoto(self, params: JSON, files: FileParts) -> JSON:
        """Store a photo sent by the bot."""
        return self._send_file(params, files, "photo")

    def m_getfile(self, params: JSON, files: FileParts) -> JSON:
        """Return the File object with a downloadable file_path."""
        record = self.files.get(str(params.get("file_id", "")))
        if record is None:
            raise bad_request("invalid file_id")
        return {
            "file_id": record.file_id,
            "file_unique_id": record.file_unique_id,
            "file_size": len(record.data),
            "file_path": record.file_path,
        }

    def m_answercallbackquery(self, params: JSON, files: FileParts) -> bool:
        """Record the answer to a pending callback query (each may be answered once)."""
        query_id = str(params.get("callback_query_id", ""))
        if query_id not in self.callback_queries or query_id in self.callback_answers:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        if utf16_len(str(params.get("text") or "")) > MAX_TOAST:
            raise bad_request("MESSAGE_TOO_LONG")
        self.callback_answers[query_id] = dict(params)
        return True

    def file_bytes(self, file_path: str) -> bytes | None:
        """Return the bytes stored under a file_path (for the download route)."""
        with self._lock:
            for record in self.files.values():
                if record.file_path == file_path:
                    return record.data
            return None
