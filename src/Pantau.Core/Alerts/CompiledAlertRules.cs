using System.Collections.Frozen;
using Pantau.Core.Enrichment;
using Pantau.Core.Queries;

namespace Pantau.Core.Alerts;

/// <summary>
/// Alert rules of any number of workspaces prepared once for many mentions: sets frozen, handles canonical, and each
/// workspace's queries compiled into one <see cref="TopicMatcher"/>, so a mention costs one matcher pass plus a few set
/// look-ups per rule of its own workspace, however many rules have queries. Immutable and thread-safe: compile a new one and
/// swap the reference when rules change.
/// </summary>
public sealed class CompiledAlertRules
{
    private readonly FrozenDictionary<Guid, Workspace> _workspaces;

    private CompiledAlertRules(FrozenDictionary<Guid, Workspace> workspaces, IReadOnlyList<RejectedAlertRule> rejected)
    {
        _workspaces = workspaces;
        Rejected = rejected;
    }

    public static CompiledAlertRules Empty { get; } = Compile([]);

    /// <summary>Rules left out because they did not validate; the others still alert.</summary>
    public IReadOnlyList<RejectedAlertRule> Rejected { get; }

    public int RuleCount => _workspaces.Values.Sum(workspace => workspace.Count);

    public static CompiledAlertRules Compile(IEnumerable<AlertRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var rejected = new List<RejectedAlertRule>();
        var byWorkspace = new Dictionary<Guid, List<AlertRule>>();
        foreach (var rule in rules)
        {
            var errors = rule.Validate();
            if (errors.Count > 0)
            {
                rejected.Add(new RejectedAlertRule(rule.Id, errors));
                continue;
            }

            if (!byWorkspace.TryGetValue(rule.WorkspaceId, out var list))
            {
                byWorkspace[rule.WorkspaceId] = list = [];
            }

            list.Add(rule);
        }

        return new CompiledAlertRules(byWorkspace.ToFrozenDictionary(pair => pair.Key, pair => new Workspace(pair.Key, pair.Value)), rejected);
    }

    /// <summary>The rules of the candidate's workspace that it matches, most severe first (then by name). Spam never matches.</summary>
    public IReadOnlyList<AlertRuleMatch> Match(AlertCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.IsSpam || !_workspaces.TryGetValue(candidate.WorkspaceId, out var workspace))
        {
            return [];
        }

        // Rules with a query are only looked at when their query hit, so their number costs nothing per mention. Queries run
        // against the post's workspace index: a post filed under another workspace must not borrow its rules.
        var candidates = new List<Compiled>(workspace.WithoutQuery);
        if (workspace.Queries is { } queries && candidate.Post.WorkspaceId == candidate.WorkspaceId)
        {
            candidates.AddRange(queries.Match(candidate.Post).Select(ruleId => workspace.WithQuery[ruleId]));
        }

        var matches = new List<AlertRuleMatch>();
        foreach (var rule in candidates.OrderBy(rule => rule.Rank))
        {
            if (rule.Holds(candidate, out var authorList))
            {
                matches.Add(new AlertRuleMatch(rule.Rule, candidate.MentionId, authorList));
            }
        }

        return matches;
    }

    private sealed class Workspace
    {
        public Workspace(Guid workspaceId, List<AlertRule> rules)
        {
            var ranked = rules
                .OrderByDescending(rule => rule.Severity)
                .ThenBy(rule => rule.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(rule => rule.Id)
                .Select((rule, rank) => new Compiled(rule, rank))
                .ToArray();
            Count = ranked.Length;
            WithoutQuery = [.. ranked.Where(rule => !rule.HasQuery)];
            WithQuery = ranked.Where(rule => rule.HasQuery).ToFrozenDictionary(rule => rule.Rule.Id);
            Queries = WithQuery.Count == 0
                ? null
                : TopicMatcher.Compile(workspaceId, WithQuery.Values.Select(rule => (rule.Rule.Id, QueryParser.Parse(rule.Rule.Query!))));
        }

        public int Count { get; }

        public Compiled[] WithoutQuery { get; }

        public FrozenDictionary<Guid, Compiled> WithQuery { get; }

        /// <summary>The rules' queries, keyed by rule id as if each were a topic; null when no rule has one.</summary>
        public TopicMatcher? Queries { get; }
    }

    private sealed class Compiled
    {
        private readonly FrozenSet<Guid> _topics;
        private readonly FrozenSet<Sentiment> _sentiments;
        private readonly FrozenSet<Intent> _intents;
        private readonly FrozenSet<string> _sourceKinds;
        private readonly FrozenSet<string> _languages;
        private readonly (string Name, FrozenSet<string> Handles)[] _authorLists;

        public Compiled(AlertRule rule, int rank)
        {
            Rule = rule;
            Rank = rank;
            HasQuery = !string.IsNullOrWhiteSpace(rule.Query);
            _topics = (rule.TopicIds ?? FrozenSet<Guid>.Empty).ToFrozenSet();
            _sentiments = (rule.Sentiments ?? FrozenSet<Sentiment>.Empty).ToFrozenSet();
            _intents = (rule.Intents ?? FrozenSet<Intent>.Empty).ToFrozenSet();
            _sourceKinds = Cleaned(rule.SourceKinds);
            _languages = Cleaned(rule.Languages);
            _authorLists = [.. (rule.AuthorLists ?? []).Select(list => (list.Name, Cleaned((list.Handles ?? []).Select(AuthorList.Canonical))))];
        }

        public AlertRule Rule { get; }

        public bool HasQuery { get; }

        /// <summary>Position in the workspace's order: most severe first, then by name.</summary>
        public int Rank { get; }

        /// <summary>Whether the conditions other than the query hold (the caller ran the query). Cheapest first.</summary>
        public bool Holds(AlertCandidate candidate, out string? authorList)
        {
            authorList = null;
            var holds = (_topics.Count == 0 || (candidate.TopicIds ?? []).Any(_topics.Contains))
                && (_sentiments.Count == 0 || _sentiments.Contains(candidate.Sentiment))
                && (_intents.Count == 0 || _intents.Contains(candidate.Intent))
                && (Rule.Risk == RiskSignals.None || (candidate.Risk & Rule.Risk) != RiskSignals.None)
                && (Rule.MinReach is not { } minReach || candidate.Reach >= minReach)
                && (Rule.MinImpact is not { } minImpact || candidate.Impact >= minImpact)
                && (_sourceKinds.Count == 0 || _sourceKinds.Contains(candidate.SourceKind ?? string.Empty))
                && (_languages.Count == 0 || LanguageHolds(candidate.Language));
            if (!holds || _authorLists.Length == 0)
            {
                return holds;
            }

            var handle = AuthorList.Canonical(candidate.AuthorHandle);
            foreach (var (name, handles) in _authorLists)
            {
                if (handles.Contains(handle))
                {
                    authorList = name;
                    return true;
                }
            }

            return false;
        }

        private bool LanguageHolds(string? language)
        {
            var tag = (language ?? string.Empty).Trim();
            var primary = tag.Split('-', 2)[0];
            return tag.Length > 0 && (_languages.Contains(tag) || _languages.Contains(primary));
        }

        private static FrozenSet<string> Cleaned(IEnumerable<string>? values) =>
            (values ?? []).Select(value => value?.Trim() ?? string.Empty).Where(value => value.Length > 0).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
