"""Floors signed under their bodies: a forum that prints each post as a numbered label
("ความเห็นที่ 3", "Komentar 3"), the body, then the poster's name and date under it, then
the same controls under every post (a like count, "ถูกใจ", "ตอบกลับ รายงาน"); replies to
a floor as "N-M" labels under it. The name and date line is a signature
(`posts.signatures._closing_stamps`): its body may close no sentence (Thai prints no full
stop; a casual post ends in an emoji), so it is told by the controls repeated under every
signature, each a name and its date alone (`_controls_told`). The labels nest the replies
under their floor (`posts.depths.labelled_depths`). Thai lines are prose by their clauses
(`posts.prose._thai_prose`). Invented pages: Thai in resiliparse's and html2text's shapes,
an Indonesian forum of the same shape; and the same forum printing each name over its
body, which keeps its headers, and labels that do not run, which nest nothing."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse.posts import is_prose

THAI_RESILIPARSE = """\
ชุมชนคนทำขนม
  • หน้าแรก
  • ห้องครัว
  • ตั้งกระทู้
หน้าแรก > ห้องครัว > ขนมไทย

ทำขนมชั้นยังไงให้แกะออกจากพิมพ์ได้สวยคะ

สวัสดีค่ะ ลองทำขนมชั้นมาสองครั้งแล้ว แกะออกจากพิมพ์ทีไรติดทุกที ใช้แป้งท้าวยายม่อมผสมแป้งมันสำปะหลัง

ใครมีเคล็ดลับช่วยแนะนำหน่อยนะคะ ขอบคุณล่วงหน้าค่ะ
ขนมไทยงานครัว
แม่บ้านมือใหม่ 12 ม.ค. 67 เวลา 09:10 น.
5
ถูกใจ
แชร์รายงาน

5 ความเห็น

ความเห็นที่ 1
ทาน้ำมันพืชบางๆ ที่พิมพ์ก่อนเทแป้งค่ะ แล้วรอให้เย็นสนิทก่อนค่อยแกะออก
ป้าแดงทำขนม 12 ม.ค. 67 เวลา 09:42 น.
3
ถูกใจ
ตอบกลับรายงาน
ความเห็นที่ 1-1
ขอบคุณค่ะ จะลองทาน้ำมันดูนะคะ ครั้งก่อนแกะตอนยังอุ่นอยู่เลย
แม่บ้านมือใหม่ 12 ม.ค. 67 เวลา 10:05 น.
1
ถูกใจ
ตอบกลับรายงาน
ความเห็นที่ 2
ใช้ถาดซิลิโคนง่ายกว่าค่ะ ไม่ต้องทาอะไรเลย แกะออกมาสวยทุกชั้นแน่นอน
คนชอบนึ่ง 12 ม.ค. 67 เวลา 11:20 น.
2
ถูกใจ
ตอบกลับรายงาน
ความเห็นที่ 3
นึ่งไฟแรงเกินไปก็ติดได้ครับ ลองลดไฟลงหน่อย แล้วเพิ่มเวลานึ่งแต่ละชั้นอีกนิด
สมาชิกหมายเลข 4417023 12 ม.ค. 67 เวลา 13:02 น.
4
ถูกใจ
ตอบกลับรายงาน
ความเห็นที่ 3-1
จริงค่ะ ไฟแรงเกินไปผิวหน้าขนมจะแตกด้วย ต้องค่อยๆ นึ่ง
ป้าแดงทำขนม 12 ม.ค. 67 เวลา 13:30 น.
0
ถูกใจ
ตอบกลับรายงาน

แสดงความเห็น

กรุณาเข้าสู่ระบบเพื่อแสดงความเห็น
"""

# html2text: links, blank lines between blocks, the date's time wrapped onto a line of its own
THAI_HTML2TEXT = """\
[ชุมชนคนปลูกผัก](https://board.example/)

  * [หน้าแรก](https://board.example/)
  * [ตั้งกระทู้](https://board.example/new)

## ผักชีปลูกในกระถางแล้วเหลืองทั้งกระถาง ทำไงดีครับ

ปลูกผักชีในกระถางที่ระเบียงได้สองอาทิตย์ ใบเริ่มเหลืองจากโคนขึ้นมา รดน้ำทุกเช้าเย็นครับ

มีใครเคยเจอแบบนี้บ้างไหมครับ

[ผักสวนครัว](https://board.example/tag/1)[ระเบียง](https://board.example/tag/2)

[![](https://board.example/avatar.png)](https://board.example/u/301)

[หนุ่มระเบียงเขียว](https://board.example/u/301) 3 กุมภาพันธ์ 2567
เวลา 08:12 น.

[7](javascript:void\\(0\\); "ถูกใจ")

[ถูกใจ](javascript:void\\(0\\);)

[แชร์](javascript:void\\(0\\); "แชร์")[รายงาน](javascript:void\\(0\\); "รายงาน")

### 4 ความเห็น

ความเห็นที่ 1

รดน้ำบ่อยเกินไปครับ ผักชีไม่ชอบดินแฉะ ลองรดวันละครั้งตอนเช้าพอ

[![](https://board.example/avatar.png)](https://board.example/u/77)

[ลุงสวนครัว](https://board.example/u/77) 3 กุมภาพันธ์ 2567
เวลา 09:30 น.

[4](javascript:void\\(0\\); "ถูกใจ")

[ถูกใจ](javascript:void\\(0\\);)

[ตอบกลับ](javascript:void\\(0\\); "ตอบกลับ")[รายงาน](javascript:void\\(0\\); "รายงาน")

ความเห็นที่ 1-1

ขอบคุณครับ พรุ่งนี้จะลองรดแค่เช้าอย่างเดียวดูครับ

[![](https://board.example/avatar.png)](https://board.example/u/301)

[หนุ่มระเบียงเขียว](https://board.example/u/301) 3 กุมภาพันธ์ 2567
เวลา 10:02 น.

[1](javascript:void\\(0\\); "ถูกใจ")

[ถูกใจ](javascript:void\\(0\\);)

[ตอบกลับ](javascript:void\\(0\\); "ตอบกลับ")[รายงาน](javascript:void\\(0\\); "รายงาน")

ความเห็นที่ 2

กระถางมีรูระบายน้ำไหมคะ ถ้าไม่มีน้ำจะขังก้นกระถางแล้วรากเน่าค่ะ

[![](https://board.example/avatar.png)](https://board.example/u/912)

[ดอกแคบานเช้า](https://board.example/u/912) 3 กุมภาพันธ์ 2567
เวลา 11:45 น.

[3](javascript:void\\(0\\); "ถูกใจ")

[ถูกใจ](javascript:void\\(0\\);)

[ตอบกลับ](javascript:void\\(0\\); "ตอบกลับ")[รายงาน](javascript:void\\(0\\); "รายงาน")

ความเห็นที่ 3

ผักชีชอบแดดครึ่งวันครับ ระเบียงทิศตะวันตกร้อนไปสำหรับมัน

[![](https://board.example/avatar.png)](https://board.example/u/58)

[คนเมืองปลูกผัก](https://board.example/u/58) 4 กุมภาพันธ์ 2567
เวลา 07:20 น.

[2](javascript:void\\(0\\); "ถูกใจ")

[ถูกใจ](javascript:void\\(0\\);)

[ตอบกลับ](javascript:void\\(0\\); "ตอบกลับ")[รายงาน](javascript:void\\(0\\); "รายงาน")

#### แสดงความเห็น

กรุณา [เข้าสู่ระบบ](https://board.example/login) เพื่อแสดงความเห็น
"""

# the same shape in Indonesian: casual bodies closed by no full stop
INDONESIAN = """\
Forum Motor Klasik
  • Beranda
  • Forum
Beranda > Bengkel > Vespa

Vespa PX 1982 susah hidup pagi hari

Pagi-pagi harus diengkol belasan kali baru hidup, siang sih langsung nyala, busi sudah diganti baru minggu lalu
Yoga Pratama 5 Maret 2024 07:40
6
Suka
Balas Laporkan

Komentar 1
coba cek setelan choke sama karburator gan, biasanya itu penyakit pagi hari 👍
Bengkel Pak Darto 5 Maret 2024 08:05
4
Suka
Balas Laporkan
Komentar 1-1
siap om nanti sore saya bongkar karburatornya dulu
Yoga Pratama 5 Maret 2024 08:20
1
Suka
Balas Laporkan
Komentar 2
kalau mesin dingin memang butuh choke lebih lama, tunggu sebentar baru gas pelan-pelan
Rina Klasik 5 Maret 2024 09:12
2
Suka
Balas Laporkan
Komentar 3
pernah kejadian di PX saya juga, ternyata selang bensin retak jadi masuk angin
oom_sprint 5 Maret 2024 10:31
3
Suka
Balas Laporkan
Komentar 3-1
betul itu, selang yang retak sering tidak kelihatan dari luar
Bengkel Pak Darto 5 Maret 2024 10:47
0
Suka
Balas Laporkan

Tulis komentar

Silakan masuk untuk menulis komentar
"""  # noqa: E501

# the same forum printing each name and date over its body: headers, not signatures
INDONESIAN_HEADED = """\
Forum Motor Klasik
  • Beranda
  • Forum
Beranda > Bengkel > Vespa

Vespa PX 1982 susah hidup pagi hari

Yoga Pratama 5 Maret 2024 07:40
Pagi-pagi harus diengkol belasan kali baru hidup, siang sih langsung nyala, busi sudah diganti baru minggu lalu
6
Suka
Balas Laporkan

Komentar 1
Bengkel Pak Darto 5 Maret 2024 08:05
coba cek setelan choke sama karburator gan, biasanya itu penyakit pagi hari 👍
4
Suka
Balas Laporkan
Komentar 2
Rina Klasik 5 Maret 2024 09:12
kalau mesin dingin memang butuh choke lebih lama, tunggu sebentar baru gas pelan-pelan
2
Suka
Balas Laporkan
Komentar 3
oom_sprint 5 Maret 2024 10:31
pernah kejadian di PX saya juga, ternyata selang bensin retak jadi masuk angin
3
Suka
Balas Laporkan
Komentar 4
Bengkel Pak Darto 5 Maret 2024 10:47
betul itu, selang yang retak sering tidak kelihatan dari luar
0
Suka
Balas Laporkan

Tulis komentar

Silakan masuk untuk menulis komentar
"""  # noqa: E501


def _read(text: str) -> list[tuple[str | None, int, str]]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [(c.author, c.depth, c.text) for c in page.walk()]


def test_thai_floors_signed_under_their_bodies() -> None:
    found = _read(THAI_RESILIPARSE)
    assert [(a, d) for a, d, _ in found] == [
        ("แม่บ้านมือใหม่", 0),
        ("ป้าแดงทำขนม", 0),
        ("แม่บ้านมือใหม่", 1),
        ("คนชอบนึ่ง", 0),
        ("สมาชิกหมายเลข 4417023", 0),
        ("ป้าแดงทำขนม", 1),
    ]
    assert "สวัสดีค่ะ ลองทำขนมชั้น" in found[0][2]
    assert "ทาน้ำมันพืชบางๆ" in found[1][2] and "ขอบคุณค่ะ" not in found[1][2]
    assert "ขอบคุณค่ะ จะลองทาน้ำมัน" in found[2][2]
    assert "ไฟแรงเกินไปผิวหน้า" in found[5][2]


def test_thai_floors_in_html2text() -> None:
    found = _read(THAI_HTML2TEXT)
    assert [(a, d) for a, d, _ in found] == [
        ("หนุ่มระเบียงเขียว", 0),
        ("ลุงสวนครัว", 0),
        ("หนุ่มระเบียงเขียว", 1),
        ("ดอกแคบานเช้า", 0),
        ("คนเมืองปลูกผัก", 0),
    ]
    assert "รดน้ำบ่อยเกินไป" in found[1][2] and "พรุ่งนี้" not in found[1][2]
    assert "กระถางมีรูระบายน้ำ" in found[3][2]
    page = threadparse.parse(THAI_HTML2TEXT)
    assert page.comments[1].date == "3 กุมภาพันธ์ 2567 เวลา 09:30 น."  # (its wrapped time read)


def test_a_casual_forum_of_another_language_signed_the_same_way() -> None:
    found = _read(INDONESIAN)
    assert [(a, d) for a, d, _ in found] == [
        ("Yoga Pratama", 0),
        ("Bengkel Pak Darto", 0),
        ("Yoga Pratama", 1),
        ("Rina Klasik", 0),
        ("oom_sprint", 0),
        ("Bengkel Pak Darto", 1),
    ]
    assert "coba cek setelan choke" in found[1][2]
    assert "selang bensin retak" in found[4][2]


def test_names_over_their_bodies_stay_headers() -> None:
    found = _read(INDONESIAN_HEADED)
    by_author = {text.split("\n")[0][:20]: author for author, _, text in found if text}
    assert by_author.get("coba cek setelan cho") == "Bengkel Pak Darto"
    assert by_author.get("kalau mesin dingin m") == "Rina Klasik"
    assert by_author.get("pernah kejadian di P") == "oom_sprint"
    assert all(depth == 0 for _, depth, _ in found)


def test_labels_that_do_not_run_nest_nothing() -> None:
    text = INDONESIAN.replace("Komentar 1-1", "Komentar 4-1")  # (a reply to no floor over it)
    found = _read(text)
    assert len(found) == 6 and all(depth == 0 for _, depth, _ in found)


def test_thai_prose_is_read_by_its_clauses() -> None:
    assert is_prose("ชอบกาแฟมากค่ะ มีร้านไหนแนะนำเป็นพิเศษไหมคะ")
    assert not is_prose("หน้าแรก > ห้องครัว > ขนมไทยและขนมหวาน")  # (a path)
    assert not is_prose("ความเห็นนี้ถูกลบเนื่องจากผิดกฎของชุมชน")  # (one run: a notice)
    assert not is_prose("ป้าแดงทำขนม 12 ม.ค. 67 เวลา 09:42 น.")  # (a name and its date)
    assert not is_prose("สมชาย ใจดี")  # (a name of two words)
