using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Parallax.Web.Html;

/// <summary>
/// HTML that is already safe to send. The only ways to make one are <see cref="Of"/>, whose
/// interpolation holes are HTML-encoded unless they are themselves <see cref="Markup"/>, and
/// <see cref="Join"/>: article text (hostile input) can never reach a page unencoded by accident.
/// </summary>
internal readonly record struct Markup
{
    private Markup(string value) => Value = value;

    public string Value { get; } = string.Empty;

    public static Markup Empty => new(string.Empty);

    public static Markup Of(ref MarkupBuilder html) => new(html.Build());

    public static Markup Join(IEnumerable<Markup> parts) => new(string.Concat(parts.Select(p => p.Value)));

    /// <summary>Text encoded for an element body or a quoted attribute value.</summary>
    public static Markup Text(string? text) => new(Encoder.Encode(text ?? string.Empty));

    /// <summary>A URL from an article, usable as href only when it is plain http(s); anything else (javascript:, data:) is dropped.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;

    public override string ToString() => Value;

    // Keeps non-ASCII text readable in the page source while still encoding every HTML-significant character.
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    internal static Markup Trusted(string html) => new(html);
}

/// <summary>Builds <see cref="Markup"/> from an interpolated string, encoding every hole that is not markup.</summary>
[InterpolatedStringHandler]
internal ref struct MarkupBuilder
{
    private readonly StringBuilder _html;

    public MarkupBuilder(int literalLength, int formattedCount) => _html = new StringBuilder(literalLength + (formattedCount * 16));

    public readonly void AppendLiteral(string literal) => _html.Append(literal);

    public readonly void AppendFormatted(Markup markup) => _html.Append(markup.Value);

    public readonly void AppendFormatted<T>(T value) => AppendFormatted(value, format: null);

    public readonly void AppendFormatted<T>(T value, string? format)
    {
        var text = value is IFormattable formattable
            ? formattable.ToString(format, CultureInfo.InvariantCulture)
            : value?.ToString();
        _html.Append(Markup.Encoder.Encode(text ?? string.Empty));
    }

    public readonly string Build() => _html.ToString();
}
