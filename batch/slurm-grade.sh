#!/bin/bash
# Grades a class as a Slurm job array of 4 shards, then merges them once all succeeded.
# Run from the folder holding grader.jar, rubrics/a1.yaml, submissions/ and roster.csv:
#   jobid=$(sbatch --parsable slurm-grade.sh)
#   sbatch --dependency=afterok:$jobid --wrap "java -jar grader.jar merge shards/shard-* --out grading-output"
#SBATCH --job-name=grade-a1
#SBATCH --array=1-4
#SBATCH --cpus-per-task=2
#SBATCH --mem=2G
#SBATCH --time=01:00:00
set -euo pipefail
java -jar grader.jar grade submissions --roster roster.csv \
  --shard "$SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT" --out "shards/shard-$SLURM_ARRAY_TASK_ID" --quiet
