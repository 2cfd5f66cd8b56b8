using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Pantau.Server.Feeds;

namespace Pantau.Server.Care.Webhooks;

/// <summary>Where people outside Pantau reach it. Section <c>Care</c>.</summary>
public sealed class CareLinkOptions : IValidatableObject
{
    public const string Section = "Care";

    /// <summary>
    /// The public address of this Pantau (e.g. <c>https://pantau.example.com</c>) for links in webhook events and satisfaction
    /// surveys; when unset, <c>Feeds:PublicUrl</c> is used; without either there are no links.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult("Care:PublicUrl must be an absolute http or https address.", [nameof(PublicUrl)]);
        }
    }
}

/// <summary>Links to a case in the inbox and to a survey, on the public address.</summary>
public sealed class CareLinks(IOptions<CareLinkOptions> care, IOptions<FeedOptions> feeds)
{
    private readonly string? _base = (care.Value.PublicUrl ?? feeds.Value.PublicUrl)?.ToString().TrimEnd('/');

    public bool HasPublicUrl => _base is not null;

    public string? Case(string workspaceSlug, int number) =>
        _base is null ? null : $"{_base}/w/{Uri.EscapeDataString(workspaceSlug)}/inbox?case={number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public string? Survey(string token) => _base is null ? null : $"{_base}/csat/{Uri.EscapeDataString(token)}";
}
