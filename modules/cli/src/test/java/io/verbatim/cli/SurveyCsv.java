package io.verbatim.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * A synthetic survey export like {@code shared/bench/gen_survey.py} makes (same columns and value ranges, its own
 * random stream): ResponseId, RecordedDate, Region, Channel, Stage, NPS 0–10, CSAT 1–5, CES 1–7, Comment.
 */
final class SurveyCsv {

    private static final String[] REGIONS = {
        "Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург", "London", "Berlin"
    };
    private static final String[] CHANNELS = {"email", "sms", "web", "app", "qr"};
    private static final String[] STAGES = {"Awareness", "Onboarding", "Usage", "Support", "Billing", "Renewal"};
    private static final String[] GOOD = {
        "быстро решили вопрос", "отличная поддержка", "удобное приложение", "great support", "fast delivery"
    };
    private static final String[] BAD = {
        "долго ждал ответа", "непонятные тарифы", "приложение падает", "slow response", "billing error"
    };
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SurveyCsv() {}

    static Path write(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("ResponseId,RecordedDate,Region,Channel,Stage,NPS,CSAT,CES,Comment\n");
            StringBuilder line = new StringBuilder(160);
            for (int i = 0; i < rows; i++) {
                int nps = Math.clamp((int) (random.nextGaussian() * 2.2 + 7.5), 0, 10);
                int csat = Math.clamp(Math.round(nps / 2.2 + random.nextDouble()), 1, 5);
                int ces = Math.clamp(8 - csat - random.nextInt(3), 1, 7);
                String[] mood = nps >= 8 ? GOOD : BAD;
                line.setLength(0);
                line.append("R_").append(String.format("%09d", i)).append(',');
                line.append(STAMP.format(start.plusMinutes(random.nextInt(525_601))))
                        .append(',');
                line.append(pick(random, REGIONS))
                        .append(',')
                        .append(pick(random, CHANNELS))
                        .append(',');
                line.append(pick(random, STAGES))
                        .append(',')
                        .append(nps)
                        .append(',')
                        .append(csat)
                        .append(',');
                line.append(ces).append(",\"").append(pick(random, mood));
                if (random.nextBoolean()) {
                    line.append(", ").append(pick(random, random.nextBoolean() ? GOOD : BAD));
                }
                out.append(line).append("\"\n");
            }
        }
        return file;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
