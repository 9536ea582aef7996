using Parallax.Entities.Ner;

namespace Parallax.Core.Tests.Entities.Ner;

public sealed class TextTokenizerTests
{
    [Theory]
    [InlineData("Biden's visit to the U.S. didn't end.", "Biden|'s|visit|to|the|U.S.|did|n't|end|.")]
    [InlineData("Mustafa al-Kadhimi paid $2,500.50 on 1996-08-22.", "Mustafa|al-Kadhimi|paid|$|2,500.50|on|1996-08-22|.")]
    [InlineData("(D-Ore.) said: \"no\"", "(|D-Ore|.|)|said|:|\"|no|\"")]
    public void Tokenize_NewsText_SplitsAsConll2003Does(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', TextTokenizer.Tokenize(text)));
    }
}
