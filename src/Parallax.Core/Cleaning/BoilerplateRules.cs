using System.Text.RegularExpressions;

namespace Parallax.Cleaning;

/// <summary>
/// Line-level tests for web boilerplate, shared by the plain-text and the HTML paths so that both
/// agree on what is article text. Each rule looks at one line (one paragraph candidate) only; the
/// order in which lines are seen is handled by <see cref="BoilerplateFilter"/>.
/// </summary>
internal static partial class BoilerplateRules
{
    // Bullets and dashes that page-to-text converters put in front of metadata list items.
    [GeneratedRegex(@"^[\s\u2022\u00B7\u25AA\u25CF\u25E6*\-\u2013\u2014|]+")]
    private static partial Regex LeadingBullet();

    [GeneratedRegex(@"^(\d[\d,.]*\s+(comments?|responses?|replies)|comments?(\s*\(\d+\))?|(leave|post|add|write|submit)\s+(a|an|your)\s+(reply|comment|response)(\s+(below|here))?|please\s+(enter|type|write)\s+your\s+(comment|name|email)(\s+(here|address))?|(join|start)\s+the\s+(discussion|conversation)|(show|view|load|hide|read)\s+(all\s+)?(\d+\s+)?comments?|comments\s+are\s+closed.*|your\s+email\s+address\s+will\s+not\s+be\s+published.*|you\s+must\s+be\s+(logged|signed)\s+in\s+to\s+(post|leave|add|write).*|\d*\s*(thoughts?|responses?|replies)\s+(on|to)\s+[""\u201C].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentMarker();

    [GeneratedRegex(@"\bto\s+(leave|post|add|write)\s+(a\s+)?comments?\b.*\b(sign|log)(ged)?[\s-]?(in|up)\b|\b(sign|log)[\s-]?in\b.*\bto\s+(leave|post|add|write)\s+(a\s+)?comments?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignInToComment();

    [GeneratedRegex(@"^(also\s+read|read\s+also|read\s+more|more\s+to\s+read|related(\s+(articles?|stories|posts|news|coverage|content|reading|topics))?|more\s+(from|on)\s+.{1,40}|more\s+(stories|news|articles)|you\s+(may|might)\s+(also\s+)?(like|enjoy|be\s+interested\s+in|want\s+to\s+read)|recommended(\s+(for\s+you|stories|articles|reading))?|trending(\s+(now|stories|news))?|most\s+(read|popular|viewed|shared)|see\s+also|further\s+reading|other\s+stories|don'?t\s+miss|must\s+read|top\s+stories|latest\s+(news|stories)|more)\s*([:\-\u2013\u2014\u00BB>]|\.{3}|\u2026)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedBoxMarker();

    [GeneratedRegex(@"^(also\s+read|read\s+also|read\s+more|related|see\s+also|recommended|must\s+read|don'?t\s+miss|watch|listen)\s*[:|\u2013\u2014\u00BB>]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex InlineRelatedLink();

    [GeneratedRegex(@"^(share(\s+(this|on|via|the\s+(article|story|post)|article|story|post)\b.*)?|subscribe(\s+(now|today|to\s+(our|the)|for)\b.*)?|sign\s+up\s+(for|to)\s+(our|the)\b.*|follow\s+us\b.*|(join|like)\s+us\s+on\b.*|download\s+(the|our)\s+app\b.*|get\s+our\s+newsletter\b.*|(click|tap)\s+here\b.*|(email|print|tweet)\s+this(\s+(article|story|page))?|copy\s+link)$", RegexOptions.IgnoreCase)]
    private static partial Regex SharePrompt();

    [GeneratedRegex(@"^(by|written\s+by|reported\s+by|posted\s+by|story\s+by|author:?)\s+\p{Lu}", RegexOptions.IgnoreCase)]
    private static partial Regex BylineStart();

    [GeneratedRegex(@"\b(bureau|desk|correspondents?|staff\s+(writer|reporter|report)s?|news\s+service|agencies|newsroom|news\s+network|wire\s+services?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyByline();

    [GeneratedRegex(@"T?(?<!\d)\d{1,2}\s?[:.]\s?\d{2}(\s?[:.]\s?\d{2}(\.\d+)?)?(\s?[ap]\.?\s?m\.?)?(Z|[+-]\d{2}:?\d{2})?(?=\W|$)|\b\d{1,2}\s?[ap]\.?m\.?(?=\W|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(updated|published|posted|last|modified|first|on|at|am|pm|ist|gmt|utc|et|est|edt|cst|cdt|pst|pdt|bst|cet|cest|msk|local|time|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?)\b|(?-i:\b[A-Z]{1,4}T\b)|[\s,.;:|@/()\u2013\u2014\-+]", RegexOptions.IgnoreCase)]
    private static partial Regex TimestampFiller();

    [GeneratedRegex(@"^\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"^[\d][\d.,\s]*[km]?\s*(views?|reads?|shares?|likes?|votes?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Counter();

    [GeneratedRegex(@"\((image|photo|picture|representational|representative|file|illustration|screenshot|video)\b[^)]*\)|\b(photo|image|picture|illustration)\s*(credit|courtesy)?\s*:|\bfile\s+(photo|image|picture)\b|\b(getty\s+images|shutterstock|ap\s+photo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"\s*(\(?\s*this\s+(is|was)\s+an?\s+(condensed|abridged|shortened|edited|excerpted|truncated)\s+version\b[^.]*\.?\s*\)?|\(?\s*this\s+(article|story|report)\s+(has\s+been|was|is)\s+(condensed|abridged|edited|shortened|truncated)\b[^.]*\.?\s*\)?|\(?\s*continued\s+on\s+page\s+\d+\s*\)?|read\s+the\s+(full|complete|rest\s+of\s+the)\s+(story|article|report)\b[^.]*\.?|\[\s*(\u2026|\.\.\.)\s*\])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TruncationNote();

    // A single word left as its own "sentence" where a page was cut off ("... at bay. But.").
    [GeneratedRegex(@"(?<=[.!?\u201D""]\s)\p{L}+[.\u2026]?$")]
    private static partial Regex OrphanTail();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWordRun();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static string StripBullet(string line) => LeadingBullet().Replace(line, string.Empty).Trim();

    public static int WordCount(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;

    public static string CollapseWhitespace(string line) => Whitespace().Replace(line, " ").Trim();

    /// <summary>Everything from this line on is a comment section (when it follows article text).</summary>
    public static bool IsCommentSectionMarker(string line)
    {
        var bare = StripBullet(line).TrimEnd(':', '!', '.');
        return WordCount(bare) <= 25 && (CommentMarker().IsMatch(bare) || SignInToComment().IsMatch(bare));
    }

    /// <summary>A heading that opens a box of links to other stories.</summary>
    public static bool IsRelatedBoxMarker(string line) => RelatedBoxMarker().IsMatch(StripBullet(line));

    /// <summary>A single "Read more: other headline" link line.</summary>
    public static bool IsInlineRelatedLink(string line) => WordCount(line) <= 25 && InlineRelatedLink().IsMatch(StripBullet(line));

    public static bool IsSharePrompt(string line) =>
        WordCount(line) <= 15 && SharePrompt().IsMatch(StripBullet(line).TrimEnd(':', '!', '.'));

    /// <summary>"By Jane Doe", "Our Bureau", "Staff Correspondent | June 3, 2020".</summary>
    public static bool IsByline(string line)
    {
        // Date parsing is the costly part of these tests; a paragraph of prose is never a byline.
        if (WordCount(line) > 30)
        {
            return false;
        }

        var bare = CollapseWhitespace(ClockTime().Replace(DateLineParser.RemoveDates(StripBullet(line)), " "));
        var words = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || bare.EndsWith('.') && !bare.EndsWith(" Jr.", StringComparison.Ordinal))
        {
            return false;
        }

        if (words.Length <= 5 && AgencyByline().IsMatch(bare))
        {
            return true;
        }

        // Names are capitalized; a sentence that happens to start with "By" has lower-case words.
        return words.Length <= 10 && BylineStart().IsMatch(bare)
            && words.Skip(1).All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || IsNameParticle(w));
    }

    /// <summary>A line made only of a date and/or clock time with stamp words ("Updated 10:02 AM IST").</summary>
    public static bool IsTimestamp(string line)
    {
        if (WordCount(line) > 20)
        {
            return false;
        }

        var bare = StripBullet(line);
        if (RelativeTime().IsMatch(bare))
        {
            return true;
        }

        var withoutDates = DateLineParser.RemoveDates(bare);
        var withoutTimes = ClockTime().Replace(withoutDates, " ");
        var hadStamp = withoutDates != bare || withoutTimes != withoutDates;
        return hadStamp && TimestampFiller().Replace(withoutTimes, string.Empty).Length == 0;
    }

    /// <summary>A view, share or vote counter: a line that is only a number.</summary>
    public static bool IsCounter(string line) => Counter().IsMatch(StripBullet(line));

    public static bool IsCaption(string line) => WordCount(line) <= 40 && Caption().IsMatch(line);

    /// <summary>"FEATURES/INTERVIEWS", "WORLD NEWS": a short all-capitals navigation label.</summary>
    public static bool IsSectionLabel(string line)
    {
        var bare = StripBullet(line);
        return WordCount(bare) <= 5 && bare.Any(char.IsLetter) && !bare.Any(char.IsLower)
            && !bare.EndsWith('.') && bare.Count(char.IsLetter) >= 3
            && !(bare.EndsWith('-') || bare.EndsWith('\u2013') || bare.EndsWith('\u2014') || bare.Contains(',')); // "BAAR, SWITZERLAND –": a dateline opening the text
    }

    /// <summary>The title again, alone or with a few words around it (an outlet name, a caption).</summary>
    public static bool RepeatsTitle(string line, string normalizedTitle)
    {
        if (normalizedTitle.Length == 0 || line.Length > (normalizedTitle.Length * 2) + 60)
        {
            return false;
        }

        var normalized = Normalize(line);
        return normalized == normalizedTitle
            || (normalized.Contains(normalizedTitle, StringComparison.Ordinal)
                && WordCount(normalized) <= WordCount(normalizedTitle) + 6);
    }

    /// <summary>Removes a trailing "This is a condensed version..." note and the cut-off word before it.</summary>
    public static string RemoveTruncationNote(string line)
    {
        var stripped = TruncationNote().Replace(line, string.Empty);
        if (stripped.Length == line.Length)
        {
            return line;
        }

        return OrphanTail().Replace(stripped, string.Empty).Trim();
    }

    /// <summary>A full sentence or more: what article paragraphs look like and boxes of headlines do not.</summary>
    public static bool LooksLikeProse(string line)
    {
        var words = WordCount(line);
        var end = line.TrimEnd().TrimEnd('"', '\'', '\u201D', '\u2019', ')');
        return words >= 20 || (words >= 8 && end.Length > 0 && end[^1] is '.' or '!' or '?' or '\u2026' or ':');
    }

    /// <summary>Title Case line of headline length ("Port Fares Frozen Until Autumn?"): a teaser, not prose.</summary>
    public static bool LooksLikeHeadline(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var content = words.Where(w => w.Length >= 4 && char.IsLetter(w[0])).ToList();
        return words.Length <= 20 && content.Count >= 2 && content.Count(w => char.IsUpper(w[0])) >= content.Count * 0.6;
    }

    /// <summary>Case, punctuation and spacing removed, for comparing a line with the title.</summary>
    public static string Normalize(string text) => NonWordRun().Replace(text.ToLowerInvariant(), " ").Trim();

    private static bool IsNameParticle(string word) => word.ToLowerInvariant() is
        "and" or "de" or "del" or "da" or "van" or "von" or "der" or "al" or "bin" or "el" or "la" or "le" or "in" or "with" or "for" or "|";
}
