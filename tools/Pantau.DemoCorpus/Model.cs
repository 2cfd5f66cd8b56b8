namespace Pantau.DemoCorpus;

internal enum Brand
{
    Nusantel,
    BankSentosa,
    KopiSenja,
    RajawaliAir,
    Belanjain,
}

internal enum AuthorKind
{
    Person,
    Influencer,
    Outlet,
    Site,
    BrandAccount,
    Spammer,
    EmailUser,
    RedditUser,
    MastodonUser,
}

internal static class Intents
{
    public const string Complaint = "complaint";
    public const string Question = "question";
    public const string Praise = "praise";
    public const string News = "news";
    public const string Chatter = "chatter";
    public const string Spam = "spam";
    public const string CareReply = "care_reply";

    public static readonly string[] All = [Complaint, Question, Praise, News, Chatter, Spam, CareReply];
}

internal static class Networks
{
    public const string X = "x";
    public const string Facebook = "facebook";
    public const string Instagram = "instagram";
    public const string YouTube = "youtube";
    public const string Feed = "feed";
    public const string Email = "email";
    public const string Mastodon = "mastodon";
    public const string Reddit = "reddit";

    public static readonly string[] All = [X, Facebook, Instagram, YouTube, Feed, Email, Mastodon, Reddit];
}

internal sealed class Author
{
    public required string Handle { get; init; }
    public required string Name { get; init; }
    public required int Followers { get; init; }
    public required bool Verified { get; init; }
    public required AuthorKind Kind { get; init; }

    /// <summary>Languages this author writes in; the first is the preferred one.</summary>
    public required string[] Langs { get; init; }

    public string? Country { get; init; }

    /// <summary>Relative posting activity (heavy-tailed).</summary>
    public double Activity { get; init; } = 1.0;

    /// <summary>For email authors: the mailing list they mostly write to.</summary>
    public string? MailingList { get; init; }

    /// <summary>For mastodon authors: their instance host.</summary>
    public string? Instance { get; init; }

    public string FirstName
    {
        get
        {
            var n = Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return n.Length == 0 ? Handle : n[0].TrimEnd(',', '.');
        }
    }
}

internal sealed class Post
{
    public required string Id { get; init; }
    public required double Offset { get; init; }
    public required string Network { get; init; }
    public required Author Author { get; init; }
    public string? Title { get; set; }
    public required string Text { get; set; }
    public required string Lang { get; init; }
    public string Url { get; set; } = "";
    public Post? InReplyTo { get; init; }
    public Post? RepostOf { get; init; }
    public Post? QuoteOf { get; init; }
    public int Likes { get; set; }
    public int Shares { get; set; }
    public int Replies { get; set; }
    public string? Country { get; init; }
    public required string Intent { get; init; }
    public bool IsSpam { get; init; }
    public bool Crisis { get; init; }

    // Generator-only bookkeeping (not serialised).
    public Brand? Brand { get; init; }
    public bool Noise { get; init; }
    public bool Formal { get; init; }
    public double Virality { get; set; } = 1.0;
    public bool CareHandled { get; set; }
    public bool EngagementSet { get; set; }
    public Loc? Loc { get; init; }
    public string? Kind { get; init; }
    public bool FollowedUp { get; set; }

    /// <summary>For reddit/youtube/instagram: code of the thread (submission/video/post) this item belongs to.</summary>
    public string? ThreadCode { get; set; }
}
