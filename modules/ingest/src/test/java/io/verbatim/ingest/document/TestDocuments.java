package io.verbatim.ingest.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Interview and workshop notes written on the fly in every format the document importer reads. */
final class TestDocuments {

    static final String[] INTERVIEW = {
        "Интервью с клиентом из Казани, 12 ноября. Клиент пользуется приложением каждый день.",
        "",
        "Главная жалоба: доставка опаздывает на два-три дня, и никто не предупреждает об этом заранее.",
        "The customer also said the English version of the app is confusing and the support chat was slow."
    };

    static final String SUBJECT = "Отзыв о доставке";

    private TestDocuments() {}

    private static String encodedWord(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    static Path docx(Path folder, String name, String title, String author, String... paragraphs) throws IOException {
        Path file = folder.resolve(name);
        try (XWPFDocument document = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            document.getProperties().getCoreProperties().setTitle(title);
            document.getProperties().getCoreProperties().setCreator(author);
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
        }
        return file;
    }

    /** A Word file encrypted with a password, the way Word's "Encrypt with password" stores it. */
    static Path encryptedDocx(Path folder) throws IOException, GeneralSecurityException, InvalidFormatException {
        Path plain = docx(folder, "plain.docx", "Secret", "Anna", "Confidential workshop notes.");
        Path file = folder.resolve("secret.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("s3cret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile());
                    OutputStream out = encryptor.getDataStream(fs)) {
                opc.save(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** A one-page PDF with two paragraphs (lines 15 points apart, then a wide gap); with a user password if given. */
    static Path pdf(Path folder, String name, String userPassword) throws IOException {
        Path file = folder.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(50, 700);
                text.showText("Workshop notes: the team mapped the onboarding journey");
                text.newLineAtOffset(0, -15);
                text.showText("from the first call to the first invoice.");
                text.newLineAtOffset(0, -60);
                text.showText("The biggest pain point was the long wait for a contract.");
                text.endText();
            }
            document.getDocumentInformation().setTitle("Onboarding workshop");
            document.getDocumentInformation().setAuthor("Bob Smith");
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(file.toFile());
        }
        return file;
    }

    static Path text(Path folder, String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    static Path html(Path folder) throws IOException {
        return text(
                folder,
                "workshop.html",
                """
                <!DOCTYPE html>
                <html><head><title>Воркшоп по пути клиента</title>
                <meta name="author" content="Мария Иванова">
                <link rel="stylesheet" href="http://192.0.2.1/style.css"></head>
                <body><h1>Итоги воркшопа</h1>
                <p>Участники нарисовали карту пути клиента от заявки до первой поставки.</p>
                <img src="http://192.0.2.1/map.png">
                <ul><li>Long waiting times on the hotline were mentioned by every team.</li></ul>
                </body></html>
                """);
    }

    /** A multipart e-mail: plain and HTML alternatives of the body and a text attachment. */
    static Path email(Path folder) throws IOException {
        String crlf =
                """
                From: Ivan Petrov <ivan.petrov@example.com>
                To: cx-team@example.com
                Subject: %s
                Date: Mon, 2 Nov 2026 10:15:00 +0300
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary=OUTER

                --OUTER
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                Добрый день! Заказ пришёл на два дня позже обещанного срока.

                Курьер не позвонил заранее, пришлось ждать дома весь день.
                --OUTER
                Content-Type: text/plain; name=log.txt
                Content-Disposition: attachment; filename=log.txt

                ATTACHMENT LOG LINE
                --OUTER--
                """
                        .formatted(encodedWord(SUBJECT))
                        .replace("\n", "\r\n");
        return text(folder, "complaint.eml", crlf);
    }
}
