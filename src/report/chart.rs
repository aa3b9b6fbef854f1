//! Charts for the HTML report: a (label, value) series laid out as bars
//! (horizontal, for named things: kinds, folders) or columns (vertical, for
//! ordered things: months, ages). Only the geometry is computed here; the
//! SVG is written by the report's template (`templates/report.html`, macro
//! `chart`), so every label is escaped like the rest of the page.

/// A laid-out chart.
#[derive(Debug, Clone)]
pub struct Chart {
    pub title: String,
    pub width: u32,
    pub height: u32,
    pub bars: Vec<Bar>,
    /// Columns: the label sits under each bar, not beside it.
    pub columns: bool,
}

/// One bar and where its texts go. Labels longer than `LABEL_CHARS` are
/// cut, with the whole label in the bar's tooltip.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub short: String,
    pub value: u64,
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
    pub label_x: u32,
    pub label_y: u32,
    pub value_x: u32,
    pub value_y: u32,
}

const WIDTH: u32 = 560;
/// Bars: the label column's width, and each bar's height with its gap.
const LABEL_WIDTH: u32 = 190;
const ROW: u32 = 22;
/// Columns: the plot's height, and room for labels below.
const PLOT: u32 = 180;
const LABEL_CHARS: usize = 28;

impl Chart {
    /// Horizontal bars, one per item, longest scaled to the width.
    pub fn bars(title: &str, series: Vec<(String, u64)>) -> Chart {
        let max = series.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
        let span = WIDTH - LABEL_WIDTH - 50;
        let bars = series
            .into_iter()
            .zip(0u32..)
            .map(|((label, value), i)| {
                let w = scale(value, max, span);
                let y = 8 + i * ROW;
                Bar {
                    short: shorten(&label),
                    label,
                    value,
                    x: LABEL_WIDTH,
                    y,
                    w,
                    h: ROW - 6,
                    label_x: LABEL_WIDTH - 6,
                    label_y: y + 12,
                    value_x: LABEL_WIDTH + w + 4,
                    value_y: y + 12,
                }
            })
            .collect::<Vec<_>>();
        let height = 16 + ROW * bars.len().max(1) as u32;
        Chart { title: title.into(), width: WIDTH, height, bars, columns: false }
    }

    /// Vertical columns in the order given, tallest scaled to the plot.
    pub fn columns(title: &str, series: Vec<(String, u64)>) -> Chart {
        let max = series.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
        let slot = (WIDTH - 20) / series.len().max(1) as u32;
        let bars = series
            .into_iter()
            .zip(0u32..)
            .map(|((label, value), i)| {
                let h = scale(value, max, PLOT - 20);
                let x = 10 + i * slot + slot / 8;
                let w = slot - slot / 4;
                let y = PLOT - h;
                Bar {
                    short: shorten(&label),
                    label,
                    value,
                    x,
                    y,
                    w,
                    h,
                    label_x: x + w / 2,
                    label_y: PLOT + 16,
                    value_x: x + w / 2,
                    value_y: y.saturating_sub(4),
                }
            })
            .collect();
        Chart { title: title.into(), width: WIDTH, height: PLOT + 26, bars, columns: true }
    }

    pub fn is_empty(&self) -> bool {
        self.bars.iter().all(|b| b.value == 0)
    }
}

/// `value` of `max` as a length of at most `span`; a non-zero value stays visible.
fn scale(value: u64, max: u64, span: u32) -> u32 {
    let length = (value as f64 / max as f64 * f64::from(span)).round() as u32;
    if value > 0 {
        length.max(2)
    } else {
        0
    }
}

fn shorten(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        return label.to_string();
    }
    // Paths: the end says more than the start.
    let tail: Vec<char> = label.chars().rev().take(LABEL_CHARS - 1).collect();
    std::iter::once('…').chain(tail.into_iter().rev()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_bar_fills_the_span_and_a_small_one_stays_visible() {
        let chart = Chart::bars("t", vec![("a".into(), 1000), ("b".into(), 1), ("c".into(), 0)]);
        assert_eq!(chart.bars[0].w, WIDTH - LABEL_WIDTH - 50);
        assert_eq!(chart.bars[1].w, 2);
        assert_eq!(chart.bars[2].w, 0);
        assert!(chart.bars[1].y > chart.bars[0].y);
    }

    #[test]
    fn columns_stand_on_one_line_and_long_labels_keep_their_end() {
        let chart = Chart::columns("t", vec![("x".into(), 4), ("y".into(), 2)]);
        let bottoms: Vec<u32> = chart.bars.iter().map(|b| b.y + b.h).collect();
        assert_eq!(bottoms, [PLOT, PLOT]);
        assert_eq!(chart.bars[0].h, 2 * chart.bars[1].h);
        let long = shorten("share/Department of Long Names/Subfolder");
        assert!(long.starts_with('…') && long.ends_with("Subfolder"));
        assert_eq!(long.chars().count(), LABEL_CHARS);
        assert!(Chart::bars("t", vec![("a".into(), 0)]).is_empty());
    }
}
