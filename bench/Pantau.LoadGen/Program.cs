using System.CommandLine;
using Pantau.LoadGen;

var root = new RootCommand("Pantau load generator: measures what docs/performance.md reports.");

var seconds = new Option<int>("--seconds") { Description = "How long to measure.", DefaultValueFactory = _ => 20 };
var pipeline = new Command("pipeline", "Replay the demo corpus at full speed into SQLite and report stored posts per second.") { seconds };
pipeline.SetAction((result, ct) => PipelineThroughput.RunAsync(result.GetValue(seconds), ct));
root.Subcommands.Add(pipeline);

var runs = new Option<int>("--runs") { Description = "How many cold starts.", DefaultValueFactory = _ => 5 };
var coldStart = new Command("coldstart", "Start pantau on a fresh data folder (SQLite, demo on) and time it until /readyz answers 200.") { runs };
coldStart.SetAction((result, ct) => ColdStart.RunAsync(result.GetValue(runs), ct));
root.Subcommands.Add(coldStart);

var posts = new Option<int>("--posts") { Description = "How many posts to send.", DefaultValueFactory = _ => 200 };
var rate = new Option<double>("--rate") { Description = "Posts per second.", DefaultValueFactory = _ => 10 };
var latency = new Command("latency", "Push posts and time, in headless Chromium, how long until each is visible on the live stream.") { posts, rate };
latency.SetAction((result, ct) => BrowserLatency.RunAsync(result.GetValue(posts), result.GetValue(rate), ct));
root.Subcommands.Add(latency);

var feedCount = new Option<int>("--feeds") { Description = "How many feeds to serve and follow.", DefaultValueFactory = _ => 10_000 };
var minutes = new Option<int>("--minutes") { Description = "How long to follow them.", DefaultValueFactory = _ => 10 };
var feeds = new Command("feeds", "Serve feeds on loopback at their own publishing rates, follow them all with pantau, and report lateness, CPU and memory.") { feedCount, minutes };
feeds.SetAction((result, ct) => FeedFollowing.RunAsync(result.GetValue(feedCount), result.GetValue(minutes), ct));
root.Subcommands.Add(feeds);

var pushes = new Option<int>("--pushes") { Description = "How many posts the hub pushes.", DefaultValueFactory = _ => 50 };
var websub = new Command("websub", "Follow a local blog with a WebSub hub, then time each pushed post until it is on the live mention stream.") { pushes };
websub.SetAction((result, ct) => WebSubLatency.RunAsync(result.GetValue(pushes), ct));
root.Subcommands.Add(websub);

var caseCount = new Option<int>("--cases") { Description = "How many open cases to seed.", DefaultValueFactory = _ => 100_000 };
var inbox = new Command("inbox", "Seed open cases into SQLite and time the inbox's first page and filter changes.") { caseCount };
inbox.SetAction((result, ct) => CareLoad.InboxAsync(result.GetValue(caseCount), ct));
root.Subcommands.Add(inbox);

var agents = new Option<int>("--agents") { Description = "How many open inboxes.", DefaultValueFactory = _ => 50 };
var complaints = new Option<int>("--complaints") { Description = "How many complaints to push.", DefaultValueFactory = _ => 200 };
var cases = new Command("cases", "Push complaints and time how long each new case takes to reach every open inbox.") { agents, complaints };
cases.SetAction((result, ct) => CareLoad.NewCasesAsync(result.GetValue(agents), result.GetValue(complaints), ct));
root.Subcommands.Add(cases);

return await root.Parse(args).InvokeAsync();
