# The scoring sets of the measured rule rounds (README "A nineteenth experiment"): FIT sets are
# read to write rules; GATE sets are held out and only scored, then diffed error by error.
# SET[name]="families|gold files" (paths relative to the checkout; JOINED holds the GVA and TBAQ
# mention gold joined to its source texts by prepare.sh).
JOINED=${JOINED:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)/outputs/rounds/joined}
H=docs/measurements/heldout
declare -gA SET
corpus_fit="corpus/gold/seed.jsonl"
for l in a b c d e f g h i j k l m n p; do corpus_fit="$corpus_fit corpus/gold/wikinews_$l.jsonl"; done
SET[corpus_fit]="casualties,attributions|$corpus_fit"
SET[wq]="casualties,attributions|corpus/gold/wikinews_q.jsonl"
SET[wo]="casualties,attributions|corpus/gold/wikinews_o.jsonl"
SET[twA_c]="casualties|$H/twins_casualties_A.jsonl"
SET[twA_a]="attributions|$H/twins_attributions_A.jsonl"
SET[twB_c]="casualties|$H/twins_casualties_B.jsonl"
SET[twB_a]="attributions|$H/twins_attributions_B.jsonl"
for l in A B C D E F G H I J K L M N O P Q R; do SET[art_$l]="casualties,attributions|$H/articles_$l.jsonl"; done
for n in $(seq 1 22); do SET[gva_g$n]="casualties,attributions|$JOINED/gva_g$n.jsonl"; done
for n in 1 2 3 4 5; do SET[tb_t$n]="casualties,attributions|$JOINED/tb_t$n.jsonl"; done
FIT="corpus_fit twA_c twA_a art_A art_C art_E art_G art_I art_O art_Q gva_g1 gva_g2 gva_g4 gva_g5 gva_g7 gva_g8 gva_g9 gva_g10 gva_g11 gva_g12 gva_g13 gva_g14 tb_t1 tb_t2"
GATE="wq wo twB_c twB_a art_B art_D art_F art_H art_J art_K art_L art_M art_N art_P art_R gva_g3 gva_g6 gva_g15 gva_g16 gva_g17 gva_g18 gva_g19 gva_g20 gva_g21 gva_g22 tb_t3 tb_t4 tb_t5"
