"""Fixtures for the backends: invented sentences on which every backend must agree."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

import govextract

# the training helpers (pkuseg_training, hanlp_training) live in training/, outside the runtime package
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

# Invented press-release sentences: titles, divisions, organisations, dates, full-width forms.
SENTENCES = (
    "２０１９年８月２６日，重庆市常务副市长张三在重庆市通信管理局调研。",
    "3月5日上午，十三届全国人大二次会议在北京人民大会堂开幕，国务院总理李强作政府工作报告。",
    "贵州省委副书记、省长王五主持召开省政府常务会议，研究部署防汛工作。",
    "本报讯（记者 赵六）昨天，上海市人民政府办公厅印发《关于进一步优化营商环境的通知》。",
    "湖南省长沙市岳麓区人民法院副院长刘七，于2021年1月至2023年12月任职。",
    "",
    "   ",
)


@pytest.fixture(scope="session")
def sentences() -> tuple[str, ...]:
    return SENTENCES


@pytest.fixture(scope="session")
def default_documents() -> list[govextract.Document]:
    return [govextract.extract(text, "2019-08-27") for text in SENTENCES]
