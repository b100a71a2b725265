import { defaultProficiencyScale, newKey, type Cluster, type FrameworkDocument } from "./document";

/**
 * A framework at the size the editor must stay quick with: by default 50 competencies
 * (in 5 clusters of 10) × 6 stages × 5 indicators = 300 expectations, 1,500 indicators.
 * For the benchmark and the editor's performance check; pure, so tests can use it too.
 */
export function largeFramework({ clusters = 5, competenciesPerCluster = 10, stages = 6, indicators = 5 } = {}): FrameworkDocument {
  const stageList = Array.from({ length: stages }, (_, s) => ({ key: newKey(), name: `Stage ${s + 1}`, description: `What stage ${s + 1} asks of a leader.` }));
  const clusterList: Cluster[] = Array.from({ length: clusters }, (_, c) => ({
    key: newKey(),
    name: `Cluster ${c + 1}`,
    description: `Competencies of cluster ${c + 1}.`,
    competencies: Array.from({ length: competenciesPerCluster }, (_, k) => {
      const number = c * competenciesPerCluster + k + 1;
      return {
        key: newKey(),
        name: `Competency ${number}`,
        description: `What competency ${number} covers, in a sentence or two.`,
        tags: number % 2 ? ["emotional intelligence"] : ["social intelligence"],
        expectations: stageList.map((stage, s) => ({
          stageKey: stage.key,
          notApplicable: false,
          text: `At stage ${s + 1}, competency ${number} looks like this.\nA second line with more detail.`,
          developAhead: s === stages - 1,
          indicators: Array.from({ length: indicators }, (_, i) => ({ key: newKey(), text: `Indicator ${i + 1} of competency ${number} at stage ${s + 1}` })),
        })),
      };
    }),
  }));
  return { name: "Large framework", description: "A framework at the size the editor must handle.", scale: defaultProficiencyScale(), stages: stageList, clusters: clusterList };
}
