"""Qnet: peer supporters, Randomised Coffee Trials and the topic boards, on three pages."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.dto.checkin import TopicOption
from kiosk.dto.coffee import CoffeeRoundResult
from kiosk.dto.qnet import BoardPostView, BoardSummary, Supporter
from kiosk.errors import ErrorCode, KioskError
from kiosk.ports import PrintDocument
from screens import words
from screens.base import Screen, ScreenContext
from screens.flow import FlowLayout
from screens.presenters.qnet import slips_html, usual_slots
from screens.project import text_box
from screens.widgets import Button, CardList, label

PAGES = ("supporters", "coffee", "boards")


class QnetScreen(Screen):
    """Find a peer supporter, see and run coffee rounds, read and write on the topic boards."""

    name = "qnet"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = label("qnet.title", "h1")
        self.body.addWidget(self.title)
        # The tabs wrap onto a second row where one row would squeeze them (portrait, Welsh).
        tabs = FlowLayout(spacing=12)
        self.tabs: dict[str, Button] = {}
        for page in PAGES:
            button = Button(f"qnet.tab.{page}", "choice")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, p=page: self.show_page(p))
            tabs.addWidget(button)
            self.tabs[page] = button
        # Coffee rounds and approvals are a facilitator's: the PIN opens them here, and
        # leaving Qnet ends that (the facilitator session ends on leaving protected views).
        self.facilitate = Button("qnet.facilitate")
        self.facilitate.clicked.connect(self._on_facilitate_clicked)
        tabs.addWidget(self.facilitate)
        self._want_facilitator = False
        self._facilitating = False
        self.body.addLayout(tabs)
        self.stack = QStackedWidget()
        self.stack.setObjectName("qnet.pages")
        self.body.addWidget(self.stack, 1)
        self.page = "supporters"
        self._topics: tuple[TopicOption, ...] = ()
        self.supporters: list[Supporter] = []
        self.round: CoffeeRoundResult | None = None
        self.boards: list[BoardSummary] = []
        self.board_topic: str | None = None
        self.posts: list[BoardPostView] = []
        self.reply_to: BoardPostView | None = None  # the post the compose box answers
        self.pending: list[BoardPostView] = []
        self._build_supporters()
        self._build_coffee()
        self._build_boards()
        self.retranslate()

    # --- building ------------------------------------------------------------------------------

    def _build_supporters(self) -> None:
        page = QWidget()
        page.setObjectName("qnet.supporters")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.supporters_lead = label("qnet.supporters.lead", "lead")
        layout.addWidget(self.supporters_lead)
        self.supporter_topic = QComboBox()
        self.supporter_topic.setObjectName("qnet.supporters.topic")
        self.supporter_topic.currentIndexChanged.connect(self._on_supporter_topic_changed)
        layout.addWidget(self.supporter_topic)
        self.supporter_list = CardList("qnet.supporters.list")
        layout.addWidget(self.supporter_list, 1)
        self.stack.addWidget(page)

    def _build_coffee(self) -> None:
        page = QWidget()
        page.setObjectName("qnet.coffee")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.coffee_lead = label("qnet.coffee.lead", "lead")
        layout.addWidget(self.coffee_lead)
        self.coffee_heading = label("qnet.coffee.heading", "h2")
        layout.addWidget(self.coffee_heading)
        self.coffee_list = CardList("qnet.coffee.list")
        layout.addWidget(self.coffee_list, 1)
        row = QHBoxLayout()
        self.coffee_note = label("qnet.coffee.note", "muted")
        row.addWidget(self.coffee_note, 1)
        self.run_round = Button("qnet.coffee.run", "primary")
        self.run_round.clicked.connect(self._on_run_round_clicked)
        row.addWidget(self.run_round)
        self.print_slips = Button("qnet.coffee.print")
        self.print_slips.clicked.connect(self._on_print_slips_clicked)
        row.addWidget(self.print_slips)
        layout.addLayout(row)
        self.stack.addWidget(page)

    def _build_boards(self) -> None:
        page = QWidget()
        page.setObjectName("qnet.boards")
        # The topics beside the board's posts; above them on a portrait screen (set_portrait).
        self.boards_layout = layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        self.board_list = CardList("qnet.boards.topics")
        self.board_list.clickable = True
        self.board_list.card_activated.connect(self.open_board)
        layout.addWidget(self.board_list, 2)
        right = QVBoxLayout()
        self.board_heading = label("qnet.boards.heading", "h2")
        right.addWidget(self.board_heading)
        self.post_list = CardList("qnet.boards.posts")
        # Touching a post answers it: the compose box then writes a reply (issue 16).
        self.post_list.clickable = True
        self.post_list.card_activated.connect(self._on_post_card_activated)
        right.addWidget(self.post_list, 1)
        replying = QHBoxLayout()
        self.replying = label("qnet.boards.replying", "")
        self.replying.setProperty("content", True)
        replying.addWidget(self.replying, 1)
        self.reply_cancel = Button("qnet.boards.reply_cancel")
        self.reply_cancel.clicked.connect(self._on_reply_cancel_clicked)
        replying.addWidget(self.reply_cancel)
        right.addLayout(replying)
        compose = QHBoxLayout()
        self.compose = text_box("qnet.boards.compose", 80)
        compose.addWidget(self.compose, 1)
        self.post_button = Button("qnet.boards.post", "primary")
        self.post_button.clicked.connect(self._on_post_clicked)
        compose.addWidget(self.post_button)
        right.addLayout(compose)
        self.compose_note = label("qnet.boards.note", "muted")
        right.addWidget(self.compose_note)
        moderation = QHBoxLayout()
        self.pending_label = label("qnet.boards.pending", "")
        self.pending_label.setProperty("content", True)
        moderation.addWidget(self.pending_label, 1)
        self.approve = Button("qnet.boards.approve")
        self.approve.clicked.connect(lambda: self._moderate(True))
        self.hide_post = Button("qnet.boards.hide")
        self.hide_post.clicked.connect(lambda: self._moderate(False))
        moderation.addWidget(self.approve)
        moderation.addWidget(self.hide_post)
        right.addLayout(moderation)
        layout.addLayout(right, 5)
        self.stack.addWidget(page)

    def set_portrait(self, portrait: bool) -> None:
        self.boards_layout.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    # --- text ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Qnet: people to learn with"))
        names = {
            "supporters": self.tr("Peer supporters"),
            "coffee": self.tr("Coffee trials"),
            "boards": self.tr("Topic boards"),
        }
        self.facilitate.set_text(
            self.tr("Facilitator"), self.tr("Facilitator: run coffee rounds and approve posts")
        )
        for page, button in self.tabs.items():
            button.set_text(names[page])
            # Room for the bold text of the chosen tab, so that choosing one never clips it.
            button.ensurePolished()
            bold = QFont(button.font())
            bold.setBold(True)
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(names[page]) + 64)
        self.stack.setAccessibleName(names[self.page])
        self.supporters_lead.setText(
            self.tr("Colleagues who offered to help, and when they are usually in the room.")
        )
        self.supporter_topic.setAccessibleName(self.tr("Who can help with"))
        self.supporter_list.setAccessibleName(self.tr("Peer supporters"))
        self.coffee_lead.setText(
            self.tr(
                "Randomised Coffee Trials: join at check-in and meet someone from another "
                "department. Your match is shown when you next check in."
            )
        )
        self.coffee_list.setAccessibleName(self.tr("Coffee groups"))
        self.run_round.set_text(self.tr("Run a round today"))
        self.print_slips.set_text(self.tr("Print slips"))
        self.post_list.setAccessibleName(self.tr("Posts"))
        self.board_list.setAccessibleName(self.tr("Topic boards"))
        self.compose.setAccessibleName(self.tr("Write a post"))
        self.compose.setPlaceholderText(self.tr("Ask a question or share a tip (500 characters)"))
        self.post_button.set_text(self.tr("Reply") if self.reply_to else self.tr("Post"))
        self.reply_cancel.set_text(self.tr("Cancel the reply"))
        self.approve.set_text(self.tr("Approve"))
        self.hide_post.set_text(self.tr("Hide"))
        self._fill_topics()
        self._render()

    def _fill_topics(self) -> None:
        welsh = self.ctx.languages.current == "cy"
        current = self.supporter_topic.currentIndex()
        self.supporter_topic.blockSignals(True)
        self.supporter_topic.clear()
        self.supporter_topic.addItem(self.tr("All topics"), None)
        for topic in self._topics:
            self.supporter_topic.addItem(topic.name_cy if welsh else topic.name_en, topic.slug)
        self.supporter_topic.setCurrentIndex(max(0, current))
        self.supporter_topic.blockSignals(False)

    # --- loading -------------------------------------------------------------------------------

    def show_page(self, page: str) -> None:
        """Show one of the three pages and load what it needs."""
        self.page = page
        self.stack.setCurrentIndex(PAGES.index(page))
        for name, button in self.tabs.items():
            button.setChecked(name == page)
        self.retranslate()
        self.shown()

    def reset(self) -> None:
        self.compose.clear()
        self.reply_to = None
        self._want_facilitator = False
        self._facilitating = False

    def facilitator_view(self) -> bool:
        return self._facilitating

    def _on_facilitate_clicked(self) -> None:
        self._want_facilitator = True
        self.ctx.navigate("pin:qnet")

    def shown(self) -> None:
        if self._want_facilitator and self.ctx.is_facilitator():
            self._facilitating = True
        self._want_facilitator = False
        self.facilitate.setVisible(not self.ctx.is_facilitator())
        ops, page, topic = self.ctx.ops, self.page, self.supporter_topic.currentData()
        board = self.board_topic
        facilitator = self.ctx.is_facilitator()

        def job() -> dict[str, object]:
            loaded: dict[str, object] = {"topics": ops.checkin.checkin_choices().topics}
            if page == "supporters":
                loaded["supporters"] = ops.qnet.peer_supporters(topic)
            elif page == "coffee":
                loaded["round"] = ops.coffee.latest_coffee_round()
            else:
                loaded["boards"] = ops.qnet.board_summaries()
                if board is not None:
                    loaded["posts"] = ops.qnet.board_posts(board)
                loaded["pending"] = ops.qnet.pending_posts() if facilitator else []
            return loaded

        self.run(job, self._on_loaded)

    def _on_loaded(self, loaded: dict[str, object]) -> None:
        topics = loaded["topics"]
        assert isinstance(topics, tuple)
        if topics != self._topics:
            self._topics = topics
            self._fill_topics()
        self.supporters = loaded.get("supporters", self.supporters)  # type: ignore[assignment]
        self.round = loaded.get("round", self.round)  # type: ignore[assignment]
        self.boards = loaded.get("boards", self.boards)  # type: ignore[assignment]
        self.posts = loaded.get("posts", self.posts)  # type: ignore[assignment]
        self.pending = loaded.get("pending", self.pending)  # type: ignore[assignment]
        self._render()

    def _on_supporter_topic_changed(self, _index: int) -> None:
        self.shown()

    def open_board(self, slug: str) -> None:
        """Show a topic's board."""
        self.board_topic = slug
        self.posts = []
        self.reply_to = None
        if self.page != "boards":
            self.show_page("boards")
        else:
            self._render()
            self.shown()

    # --- rendering ---------------------------------------------------------------------------

    def _render(self) -> None:
        welsh = self.ctx.languages.current == "cy"
        for name, button in self.tabs.items():
            button.setChecked(name == self.page)
        if self.page == "supporters":
            self._render_supporters(welsh)
        elif self.page == "coffee":
            self._render_coffee(welsh)
        else:
            self._render_boards(welsh)

    def _render_supporters(self, welsh: bool) -> None:
        self.supporter_list.clear()
        if not self.supporters:
            self.supporter_list.add_heading(self.tr("No peer supporters listed for this yet."))
            return
        days = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        parts = {"morning": self.tr("morning"), "afternoon": self.tr("afternoon")}
        names = {t.slug: (t.name_cy if welsh else t.name_en) for t in self._topics}
        for supporter in self.supporters:
            usual = usual_slots(supporter.usually_in, days, parts, self.tr("%1 %2"))
            lines = [
                supporter.department_cy if welsh else supporter.department_en,
                ", ".join(names.get(s, s) for s in supporter.topics),
                supporter.skills,
                self.tr("Usually in: %1").replace("%1", usual) if usual else "",
                supporter.usual_times,
            ]
            self.supporter_list.add_card(supporter.first_name, lines)

    def _render_coffee(self, welsh: bool) -> None:
        self.coffee_list.clear()
        facilitator = self.ctx.is_facilitator()
        self.run_round.setVisible(facilitator)
        self.print_slips.setVisible(
            facilitator and self.round is not None and self.ctx.printer is not None
        )
        self.coffee_note.setText(
            "" if facilitator else self.tr("A facilitator runs the rounds and prints the slips.")
        )
        found = self.round
        if found is None:
            self.coffee_heading.setText(self.tr("No round yet"))
            return
        self.coffee_heading.setText(
            self.tr("Round of %1: %n group(s)", "", len(found.groups)).replace(
                "%1", found.held_on.isoformat()
            )
        )
        for group in found.groups:
            members = [
                f"{m.first_name} · {m.department_cy if welsh else m.department_en}".rstrip(" ·")
                for m in group.members
            ]
            self.coffee_list.add_card(
                self.tr("Group %1").replace("%1", str(group.number)), members, content=True
            )

    def _render_boards(self, welsh: bool) -> None:
        counts = {b.topic.slug: b.posts for b in self.boards}
        self.board_list.clear()
        for topic in self._topics:
            name = topic.name_cy if welsh else topic.name_en
            chosen = topic.slug == self.board_topic
            self.board_list.add_card(
                ("▶ " if chosen else "") + name,
                [self.tr("%n post(s)", "", counts.get(topic.slug, 0))],
                key=topic.slug,
                content=False,
            )
        self.post_list.clear()
        has_board = self.board_topic is not None
        self.compose.setVisible(has_board)
        self.post_button.setVisible(has_board)
        approval = self.ctx.settings().boards_require_approval
        self.compose_note.setText(
            (
                self.tr("Posts are anonymous and show once a facilitator approves them.")
                if approval
                else self.tr("Posts are anonymous and show at once.")
            )
            + " "
            + self.tr("Touch a post to reply to it.")
        )
        self._render_reply()
        self.compose_note.setVisible(has_board)
        if not has_board:
            self.board_heading.setText(self.tr("Choose a topic to read its board"))
        else:
            name = next(
                (
                    t.name_cy if welsh else t.name_en
                    for t in self._topics
                    if t.slug == self.board_topic
                ),
                "",
            )
            self.board_heading.setText(name)
            if not self.posts:
                self.post_list.add_heading(self.tr("No posts yet: start the conversation."))
            for post in self.posts:
                author = post.author or self.tr("Anonymous")
                lines = [post.created_at.strftime("%d/%m/%Y") + " · " + author]
                lines += [f"↳ {reply.text}" for reply in post.replies]
                self.post_list.add_card(post.text, lines, key=post.id)
        pending = self.pending[0] if self.pending else None
        self.pending_label.setVisible(pending is not None)
        self.approve.setVisible(pending is not None)
        self.hide_post.setVisible(pending is not None)
        if pending is not None:
            self.pending_label.setText(
                self.tr("Waiting for approval (%1): %2")
                .replace("%1", str(len(self.pending)))
                .replace("%2", pending.text)
            )

    def _render_reply(self) -> None:
        """The post being answered, if any (the lists stay as they are, scrolled as they are)."""
        replying = self.reply_to if self.board_topic is not None else None
        self.replying.setVisible(replying is not None)
        self.reply_cancel.setVisible(replying is not None)
        if replying is not None:
            self.replying.setText(self.tr("Replying to: %1").replace("%1", replying.text))
        self.post_button.set_text(self.tr("Reply") if replying else self.tr("Post"))
        self.compose.setAccessibleName(
            self.tr("Write a reply") if replying else self.tr("Write a post")
        )

    # --- actions -------------------------------------------------------------------------------

    def _on_run_round_clicked(self) -> None:
        ops, today = self.ctx.ops, self.ctx.now().date()
        self.ctx.runner.submit(
            lambda: ops.coffee.run_coffee_round(today), self._on_round_run, self._on_failed
        )

    def _on_round_run(self, result: CoffeeRoundResult) -> None:
        self.round = result
        self.ctx.notify(
            self.tr(
                "Round done: %n group(s). Everyone sees their match at check-in.",
                "",
                len(result.groups),
            ),
            "info",
        )
        self._render()

    def _on_print_slips_clicked(self) -> None:
        printer, found = self.ctx.printer, self.round
        if printer is None or found is None:
            return
        document = PrintDocument(
            name=f"coffee-{found.held_on.isoformat()}",
            html=slips_html(
                found.groups,
                heading=self.tr("Coffee group"),
                line=self.tr("Meet for a coffee this week: say hello at check-in!"),
                welsh=self.ctx.languages.current == "cy",
            ),
        )
        printer.print_document(document, self._on_printed, self._on_failed)

    def _on_printed(self, _outcome: object) -> None:
        self.ctx.notify(self.tr("The slips were sent to the printer."), "info")

    def _on_post_card_activated(self, post_id: str) -> None:
        self.reply_to = next((p for p in self.posts if p.id == post_id), None)
        self._render_reply()
        self.compose.setFocus()

    def _on_reply_cancel_clicked(self) -> None:
        self.reply_to = None
        self._render_reply()

    def _on_post_clicked(self) -> None:
        text, topic = self.compose.toPlainText(), self.board_topic
        parent = self.reply_to.id if self.reply_to is not None else None
        if topic is None:
            return
        if not text.strip():
            self.ctx.notify(self.tr("Please write something first."), "error")
            return
        ops, approval = self.ctx.ops, self.ctx.settings().boards_require_approval
        self.ctx.runner.submit(
            lambda: ops.qnet.post_to_board(topic, text, approval, anonymous=True, parent_id=parent),
            self._on_posted,
            self._on_failed,
        )

    def _on_posted(self, post: BoardPostView) -> None:
        self.compose.clear()
        self.reply_to = None
        self.ctx.notify(
            self.tr("Thank you: your post is on the board.")
            if post.approved
            else self.tr("Thank you: your post shows once a facilitator approves it."),
            "info",
        )
        self.shown()

    def _moderate(self, approve: bool) -> None:
        if not self.pending:
            return
        post_id, ops = self.pending[0].id, self.ctx.ops
        self.ctx.runner.submit(
            lambda: ops.qnet.moderate_post(post_id, approve),
            lambda _r: self.shown(),
            self._on_failed,
        )

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KioskError) and exc.code in (
            ErrorCode.COFFEE_POOL_TOO_SMALL,
            ErrorCode.COFFEE_ROUND_EXISTS,
            ErrorCode.FIELD_TOO_LONG,
            ErrorCode.FIELD_CONTROL_CHARS,
            ErrorCode.BOARD_POST_UNKNOWN,
        ):
            if exc.code is ErrorCode.BOARD_POST_UNKNOWN:  # hidden meanwhile: not answerable
                self.reply_to = None
                self.shown()
            self.ctx.notify(words.error_text(exc), "error")
            return
        self._on_job_failed(exc)
