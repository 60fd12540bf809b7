// firebase-tools starts the Storage rules runtime with `java -jar <jar> serve`; this trampoline
// hands the line protocol to runtime.ts (same stdin/stdout) and dies with its parent.
public final class StorageRulesStandIn {
  public static void main(String[] args) throws Exception {
    String node = System.getenv("AGORA_STANDIN_NODE");
    String script = System.getenv("AGORA_STANDIN_SCRIPT");
    if (node == null || script == null) {
      System.err.println("Agora storage rules stand-in: start the emulators through `npm start` or `npm run emulators:exec`.");
      System.exit(2);
    }
    Process child = new ProcessBuilder(node, script).inheritIO().start();
    Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
    System.exit(child.waitFor());
  }
}
