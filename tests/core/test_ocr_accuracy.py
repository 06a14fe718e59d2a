"""How well the text in pictures is read: pictures made from known sentences of these disputes, in
Chinese and English, drawn with the shipped fonts, then treated as a phone treats them (slightly
rotated, noisy, JPEG-compressed), imported into a case and read by the worker as the app reads them.
Search must find each sentence's words, and the character error rate over the set must stay at or
under 3% (spaces ignored; full- and half-width punctuation counted as the same)."""

from __future__ import annotations

import io
import random
import unicodedata
from dataclasses import dataclass

import numpy
from PIL import Image, ImageDraw, ImageFont

from desktop.core import reading
from desktop.core.importer import import_paths
from desktop.core.lifecycle import create_case
from desktop.core.paths import resources_dir

MAX_CER = 0.03
FONTS = resources_dir() / "fonts"


@dataclass(frozen=True)
class Sentence:
    text: str
    terms: tuple[str, ...]  # what someone would search for (3 characters or more: the index's trigrams)


@dataclass(frozen=True)
class Picture:
    name: str
    sentences: tuple[Sentence, ...]
    background: tuple[int, int, int]


S = Sentence
PICTURES = (
    Picture("chat-refusal", (S("套餐是优惠价，做了一次就不能退", ("优惠价", "不能退")),
                             S("您可以来店里再看看。", ("来店里",))), (149, 236, 105)),
    Picture("receipt-amount", (S("收款金额：¥19,800.00", ("收款金额", "19,800.00")),
                               S("2026年06月15日", ("2026年06月15日",))), (253, 250, 240)),
    Picture("promise-en", (S("The clinic promised a full refund within 7 days.",
                             ("promised", "full refund")),), (255, 255, 255)),
    Picture("contract-clause", (S("第七条 疗程未开始的部分，乙方可以申请退款。",
                                  ("第七条", "未开始", "申请退款")),), (255, 255, 255)),
    Picture("symptoms", (S("注射部位持续红肿，出现硬结，至今未愈。", ("持续红肿", "出现硬结")),),
            (255, 255, 255)),
    Picture("transaction", (S("交易单号：4200000000202500000000", ("交易单号", "4200000000202500000000")),
                            S("支付时间：2026年06月15日 15:42:07", ("支付时间", "15:42:07"))),
            (247, 247, 247)),
    Picture("demand-reply", (S("请于收到本函之日起十五日内书面答复。", ("十五日内", "书面答复")),),
            (255, 255, 255)),
    Picture("treatment-en", (S("Treatment: hyaluronic acid filler, one session.", ("hyaluronic", "filler")),
                             S("Six skin rejuvenation sessions never started.",
                               ("rejuvenation", "never started"))), (255, 255, 255)),
    Picture("not-started", (S("光子嫩肤疗程六次均未开始。", ("光子嫩肤", "均未开始")),), (253, 250, 240)),
    Picture("chat-advice", (S("亲，一般两周内会消的，多冰敷。", ("两周内", "多冰敷")),), (255, 255, 255)),
    Picture("payment-en", (S("Paid by WeChat Pay on 15 June 2026: RMB 19,800.",
                             ("WeChat", "June 2026", "19,800")),), (237, 237, 237)),
    Picture("refund-notice", (S("退款申请已受理，预计3个工作日内到账。", ("退款申请", "工作日内")),),
            (255, 255, 255)),
    Picture("reply-en", (S("Please reply in writing within 15 days.", ("reply in writing", "15 days")),),
            (253, 250, 240)),
    Picture("payee", (S("收款单位：悦颜医疗美容诊所", ("收款单位", "医疗美容诊所")),
                      S("金额（大写）：壹万玖仟捌佰元整", ("壹万玖仟捌佰元整",))), (253, 250, 240)),
)

# Full-width punctuation and its half-width twin count as the same character; NFKC does most of it
# (，：（）￥ → ,:()¥), these it leaves.
SAME = str.maketrans({"。": ".", "、": ",", "“": '"', "”": '"', "‘": "'", "’": "'", "・": "·", "〜": "~"})


def normalised(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).translate(SAME).split())


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (no edit-distance library is among the app's dependencies)."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def _font(char: str, size: int) -> ImageFont.FreeTypeFont:
    # The shipped Chinese font has no Latin letters or digits: DejaVu Sans draws those.
    name = "DroidSansFallbackFull.ttf" if ord(char) >= 0x2E80 else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), size)


def render(picture: Picture, rng: random.Random) -> bytes:
    """The sentences one per line, then a phone's treatment: rotated 1-3°, noise, JPEG."""
    size = rng.choice([24, 28, 32, 38])  # from a small screenshot's text to a document's
    fonts = {char: _font(char, size) for sentence in picture.sentences for char in sentence.text}
    scratch = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    widths = [sum(scratch.textlength(char, font=fonts[char]) for char in s.text) for s in picture.sentences]
    line_height = int(size * 1.8)
    image = Image.new("RGB", (int(max(widths)) + 2 * size, line_height * len(picture.sentences) + 2 * size),
                      picture.background)
    draw = ImageDraw.Draw(image)
    for number, sentence in enumerate(picture.sentences):
        x, y = size, size + number * line_height
        for char in sentence.text:
            draw.text((x, y), char, font=fonts[char], fill=(25, 25, 25))
            x += draw.textlength(char, font=fonts[char])
    angle = rng.uniform(1, 3) * rng.choice([-1, 1])
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=picture.background)
    pixels = numpy.asarray(image, dtype=numpy.float32)
    noise = numpy.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(6, 12), pixels.shape)
    image = Image.fromarray(numpy.clip(pixels + noise, 0, 255).astype(numpy.uint8))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=rng.choice([50, 65, 80]))
    return out.getvalue()


def test_rendered_sentences_are_read_found_and_nearly_exact(tmp_path, probe_pool, capsys):
    rng = random.Random(13)
    folder = tmp_path / "pictures"
    folder.mkdir()
    for picture in PICTURES:
        (folder / f"{picture.name}.jpg").write_bytes(render(picture, rng))
    case = create_case(tmp_path / "reading.refundcase", "OCR accuracy")
    try:
        outcomes = import_paths(case, [folder], pool=probe_pool)
        assert [o.status for o in outcomes] == ["stored"] * len(PICTURES)
        ids = {item["file_name"].removesuffix(".jpg"): item["id"] for item in case.evidence.list()}
        to_read = reading.to_read(case)
        assert sorted(to_read) == sorted(ids.values())  # pictures no camera took are read unasked
        with reading.reading_pool() as pool:
            assert reading.read_items(case, pool, to_read) == len(PICTURES)

        errors = characters = 0
        report = []
        for picture in PICTURES:
            read = normalised("".join(line["shown"] for line in case.text.lines(ids[picture.name])))
            expected = normalised("".join(s.text for s in picture.sentences))
            distance = edit_distance(read, expected)
            errors += distance
            characters += len(expected)
            if distance:
                report.append(f"{picture.name}: {distance} error(s): read {read!r}, drawn {expected!r}")

        missed = []
        for picture in PICTURES:
            for term in (term for sentence in picture.sentences for term in sentence.terms):
                lines = {hit.ref_id for hit in case.search(term) if hit.kind == "text"}
                if not any(case.text.evidence_of_line(line) == ids[picture.name] for line in lines):
                    missed.append(f"{term!r} in {picture.name}")
    finally:
        case.close()
    cer = errors / characters
    with capsys.disabled():
        print(f"\n  OCR: character error rate {cer:.2%} ({errors} of {characters} characters, "
              f"{len(PICTURES)} pictures)" + "".join(f"\n    {line}" for line in report))
    assert missed == [], missed
    assert cer <= MAX_CER, report
