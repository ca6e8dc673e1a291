package io.verbatim.cli.chart;

/** The language of a chart's labels ({@code --lang en|ru}). */
enum ChartLanguage {
    EN,
    RU
}
