#!/usr/bin/env python3
"""Generates the bundled demo survey (synthetic, no real respondents): resources/demo/demo-survey.csv.

usage: python3 generate_demo_survey.py [ROWS] [SEED]   (defaults: 4000 rows, seed 2026)

A relationship survey of a fictional telecom over 18 months, in Russian and English: NPS (0-10), CSAT (1-5) and
CES 2.0 (1-7, 7 = very easy), with region, channel and journey stage. Scores drift upwards over time and differ by
region and stage so the dashboard has something true to show; about 4% of rating answers are skipped (blank)
so the denominators are honest.
"""
import csv, datetime, random, sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 2026)
regions = {"Москва": 0.4, "Санкт-Петербург": 0.2, "Казань": -0.3, "Новосибирск": -0.6, "Екатеринбург": 0.0,
           "London": 0.5, "Berlin": -0.2}
channels = ["email", "sms", "web", "app"]
stages = {"Onboarding": 0.2, "Usage": 0.5, "Support": -0.8, "Billing": -1.0, "Renewal": 0.1}
pos = ["Быстро решили вопрос, спасибо!", "Отличная поддержка, оператор всё объяснил",
       "Удобное приложение, всё понятно", "Great support, solved on the first call",
       "Fast and friendly onboarding", "The app is easy to use", "Связь стабильная, доволен",
       "Clear bill this month, thanks"]
neu = ["Нормально, без сюрпризов", "It works, nothing special", "В целом устраивает", "OK overall"]
neg = ["Долго ждал ответа в чате", "Непонятные тарифы и скрытые платежи", "Приложение падает при оплате",
       "Slow response from support", "Billing error, charged twice", "Confusing pricing page",
       "Интернет пропадает по вечерам", "Had to call three times to fix one issue"]
start = datetime.datetime(2025, 1, 1)
span_minutes = 546 * 24 * 60 - 1  # 1 Jan 2025 .. 30 Jun 2026 23:59

def clamp(v, lo, hi):
    return max(lo, min(hi, v))

def maybe_blank(v):
    return "" if rnd.random() < 0.04 else v

with open(sys.argv[3] if len(sys.argv) > 3 else "demo-survey.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["response_id", "submitted_at", "region", "channel", "stage", "nps", "csat", "ces", "comment"])
    for i in range(rows):
        minute = rnd.randint(0, span_minutes)
        when = start + datetime.timedelta(minutes=minute)
        region = rnd.choices(list(regions), weights=[30, 18, 10, 8, 10, 14, 10])[0]
        stage = rnd.choices(list(stages), weights=[15, 35, 25, 15, 10])[0]
        drift = 1.2 * minute / span_minutes
        mood = rnd.gauss(7.0 + regions[region] + stages[stage] + drift, 2.1)
        nps = clamp(round(mood), 0, 10)
        csat = clamp(round(mood / 2.2 + rnd.gauss(0.3, 0.6)), 1, 5)
        ces = clamp(round(mood * 0.6 + rnd.gauss(0.6, 0.9)), 1, 7)
        pool = pos if nps >= 9 else neu if nps >= 7 else neg
        comment = rnd.choice(pool) if rnd.random() < 0.7 else ""
        w.writerow([f"D{i + 1:05d}", when.strftime("%Y-%m-%d %H:%M"), region, rnd.choice(channels), stage,
                    maybe_blank(nps), maybe_blank(csat), maybe_blank(ces), comment])
