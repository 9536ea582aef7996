using System.Globalization;
using System.Text.Json;
using Parallax.Articles;

namespace Parallax.Cli.Ingest;

/// <summary>
/// Parses JSON Lines: one JSON object per line with "text" or "html" and optional "url", "title",
/// "published", "outlet" and "language". A bad line is reported with its line number and skipped;
/// it does not stop the rest of the file.
/// </summary>
internal static class JsonLinesParser
{
    public static IEnumerable<InputItem> Parse(string content, string? path, string label)
    {
        var lineNumber = 0;
        foreach (var rawLine in content.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var where = $"{label}:{lineNumber}";
            InputItem item;
            try
            {
                item = new InputItem(where, ParseLine(line, path));
            }
            catch (Exception e) when (e is JsonException or InputException)
            {
                item = new InputItem(where, null, e is JsonException ? $"invalid JSON ({e.Message.Split(" Path:")[0]})" : e.Message);
            }

            yield return item;
        }
    }

    private static ArticleInput ParseLine(string line, string? path)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InputException($"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
        }

        var text = Field(root, "text");
        var html = Field(root, "html");
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html))
        {
            throw new InputException("the object has neither a \"text\" nor an \"html\" field");
        }

        return new ArticleInput
        {
            Path = path,
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            Html = string.IsNullOrWhiteSpace(text) ? html : null,
            Url = Field(root, "url"),
            Title = Field(root, "title"),
            Outlet = Field(root, "outlet"),
            Language = Field(root, "language"),
            Published = ParseDate(Field(root, "published")),
        };
    }

    private static string? Field(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new InputException($"field \"{name}\" must be a string, found {value.ValueKind.ToString().ToLowerInvariant()}");
    }

    /// <summary>Accepts "YYYY-MM-DD" or any ISO 8601 date-time; the calendar date as written is kept.</summary>
    internal static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.DateTime);
        }

        throw new InputException($"field \"published\" is not a date: \"{value}\" (expected YYYY-MM-DD or ISO 8601)");
    }
}
