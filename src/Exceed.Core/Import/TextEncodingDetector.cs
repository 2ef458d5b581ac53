using System.Text;

namespace Exceed.Core.Import;

/// <summary>Finds how a CSV's bytes are encoded: Chinese Excel saves CSV in GBK/GB18030 unless told UTF-8.</summary>
public static class TextEncodingDetector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding GB18030 => Encoding.GetEncoding("GB18030");

    /// <summary>Returns the encoding and how many leading bytes are its byte-order mark.</summary>
    public static (Encoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, 3);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return (StrictUtf8, 0);
        }
        catch (DecoderFallbackException)
        {
            return (GB18030, 0);
        }
    }
}
