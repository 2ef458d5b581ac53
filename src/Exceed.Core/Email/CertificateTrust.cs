using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Exceed.Core.Email;

/// <summary>Which server certificates a mail connection accepts: publicly valid ones, or exactly the one the shop pinned.</summary>
internal static class CertificateTrust
{
    /// <summary>Null keeps the default checks; with a pin, a valid certificate or the pinned one passes.</summary>
    public static RemoteCertificateValidationCallback? For(MailServer server)
    {
        var pin = Normalize(server.TrustedCertificateSha256);
        if (pin.Length == 0)
        {
            return null;
        }
        return (_, certificate, _, errors) => errors == SslPolicyErrors.None
            || (certificate is not null && string.Equals(certificate.GetCertHashString(HashAlgorithmName.SHA256), pin, StringComparison.OrdinalIgnoreCase));
    }

    public static string Normalize(string fingerprint) =>
        new([.. fingerprint.Where(char.IsAsciiHexDigit).Select(char.ToUpperInvariant)]);
}
