using Parallax.Segmentation;
using Parallax.Text;

namespace Parallax.Core.Tests.Segmentation;

public sealed class TokenizerTests
{
    private static string[] Words(string text) =>
        [.. Tokenizer.Tokenize(text, new Span(0, text.Length)).Select(t => t.Span.Of(text))];

    [Theory]
    [InlineData("about 2,500 troops", new[] { "about", "2,500", "troops" })]
    [InlineData("the U.S. military", new[] { "the", "U.S.", "military" })]
    [InlineData("Minister al-Qadiri's plan", new[] { "Minister", "al-Qadiri's", "plan" })]
    [InlineData("F-16 jets, 3.5 per cent.", new[] { "F-16", "jets", ",", "3.5", "per", "cent", "." })]
    [InlineData("at 10:50 AM", new[] { "at", "10:50", "AM" })]
    [InlineData("“We agree,” he said.", new[] { "“", "We", "agree", ",", "”", "he", "said", "." })]
    public void Tokenize_NewsText_KeepsUnitsTogether(string text, string[] expected) =>
        Assert.Equal(expected, Words(text));

    [Fact]
    public void Tokenize_Numbers_AreMarkedAsNumbers()
    {
        const string text = "In 2014 some 300 people";
        var kinds = Tokenizer.Tokenize(text, new Span(0, text.Length)).Select(t => t.Kind).ToArray();
        Assert.Equal([TokenKind.Word, TokenKind.Number, TokenKind.Word, TokenKind.Number, TokenKind.Word], kinds);
    }

    [Fact]
    public void Tokenize_Range_OnlyCoversTheRange()
    {
        const string text = "skip this part. Keep this.";
        var tokens = Tokenizer.Tokenize(text, new Span(16, 10));
        Assert.Equal(["Keep", "this", "."], tokens.Select(t => t.Span.Of(text)));
    }
}
